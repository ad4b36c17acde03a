using System.Text.Json.Serialization;
using McpPostmortem.Model;

namespace McpPostmortem.Serialization;

/// <summary>
/// Source-generated JSON for the stored model: snake_case names, enums as their documented strings.
/// Reflection-free, so the same code runs under Native AOT.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(Postmortem))]
[JsonSerializable(typeof(IReadOnlyList<Postmortem>))]
public sealed partial class PostmortemJsonContext : JsonSerializerContext;
