using System.Text.Json;
using System.Text.Json.Nodes;

namespace McpPostmortem.Server;

/// <summary>
/// Rewrites tool input schemas so every client accepts them. Optional list arguments are nullable in
/// C#, which the SDK writes as "type": [X, "null"]; several clients reject type arrays, so each one
/// becomes its single non-null type, and a "default": null goes with it (absent means empty).
/// </summary>
public static class PortableSchema
{
    public static JsonElement Simplify(JsonElement schema)
    {
        var node = JsonNode.Parse(schema.GetRawText())!;
        Simplify(node);
        return JsonSerializer.SerializeToElement(node, ServerJsonContext.Default.JsonNode);
    }

    private static void Simplify(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonArray types)
                {
                    var concrete = types.Select(t => t?.GetValue<string>()).Where(t => t != "null").ToList();
                    if (concrete.Count == 1)
                    {
                        obj["type"] = concrete[0];
                    }
                }

                if (obj.TryGetPropertyValue("default", out var value) && value is null)
                {
                    obj.Remove("default");
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Simplify(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Simplify(child);
                }

                break;
        }
    }
}
