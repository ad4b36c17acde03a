using System.Text.Json.Serialization;

namespace McpPostmortem.Rendering;

/// <summary>The kind of file a postmortem is rendered to.</summary>
public enum OutputFormat
{
    /// <summary>Markdown, the text the template produces.</summary>
    [JsonStringEnumMemberName("markdown")] Markdown,

    /// <summary>One self-contained HTML page made from that Markdown, for browsers and print.</summary>
    [JsonStringEnumMemberName("html")] Html,
}
