using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using McpPostmortem.Serialization;
using ModelContextProtocol.Protocol;

namespace McpPostmortem.Server.Results;

/// <summary>
/// A tool result whose text and structured content come from one serialization of the value. The
/// SDK's own path serializes a returned object to a document, then to text, then both into the reply;
/// for a long timeline or a rendered document that costs more than reading the postmortem does.
/// </summary>
public static class StructuredResult
{
    /// <summary>The value as structured content, and the same JSON as text for clients that read only text.</summary>
    public static CallToolResult Of<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        // Only quotes, backslashes and control characters escaped: the default encoder also writes
        // every apostrophe, '<' and '&' as \u0027-style escapes, which a model reads as noise and
        // pays for in tokens. The reply is JSON in a JSON-RPC message, never HTML.
        var json = UnpooledJson.Serialize(value, typeInfo, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        // Not disposed: the element reads the array in place instead of copying it, and the
        // document's small pooled index goes to the collector with it.
        var document = JsonDocument.Parse(json);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = Encoding.UTF8.GetString(json.Span) }],
            StructuredContent = document.RootElement,
        };
    }
}
