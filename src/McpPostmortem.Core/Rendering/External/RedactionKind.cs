using System.Text.Json.Serialization;

namespace McpPostmortem.Rendering.External;

/// <summary>What a redacted piece of text was.</summary>
public enum RedactionKind
{
    /// <summary>A person or team the postmortem names: author, owner, debrief responder, chat sender.</summary>
    [JsonStringEnumMemberName("person")] Person,

    /// <summary>An e-mail address, @handle or #channel.</summary>
    [JsonStringEnumMemberName("contact")] Contact,

    /// <summary>A web address or the target of a Markdown link.</summary>
    [JsonStringEnumMemberName("link")] Link,

    /// <summary>A host name, IP address or dotted internal name such as a topic ("payments.v2").</summary>
    [JsonStringEnumMemberName("host")] Host,

    /// <summary>A port number ("port 5432").</summary>
    [JsonStringEnumMemberName("port")] Port,

    /// <summary>A file or URL path ("/etc/nginx/nginx.conf").</summary>
    [JsonStringEnumMemberName("path")] Path,

    /// <summary>A ticket key ("NET-120") or issue number ("#4411").</summary>
    [JsonStringEnumMemberName("ticket")] Ticket,

    /// <summary>A code span, snake_case name or numbered name ("pay-gw-02").</summary>
    [JsonStringEnumMemberName("identifier")] Identifier,

    /// <summary>A money amount ("$42,000", "€40k", "USD 3 million").</summary>
    [JsonStringEnumMemberName("money")] Money,
}
