using System.Text.Json.Serialization;

namespace McpPostmortem.Rendering;

/// <summary>
/// Source-generated JSON for the hidden document data: compact, snake_case, and with the default
/// encoder, which writes '&lt;' and '&gt;' as \u escapes so the text can never close its comment.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DocumentData))]
internal sealed partial class DocumentDataJsonContext : JsonSerializerContext;
