using System.Text.Json.Serialization;

namespace McpPostmortem.Export;

/// <summary>Source-generated JSON for the GitHub issue drafts file (AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<GitHubIssueDraft>))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
