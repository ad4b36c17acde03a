using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;

namespace McpPostmortem.Server;

/// <summary>The serializer options tools are bound with: ours first, then the SDK's own types.</summary>
public static class ServerJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(McpJsonUtilities.DefaultOptions)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,

            // Non-nullable properties must not accept null, and their schemas must not say they do.
            RespectNullableAnnotations = true,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(
                ServerJsonContext.Default, McpJsonUtilities.DefaultOptions.TypeInfoResolver),
        };
        options.MakeReadOnly();
        return options;
    }
}
