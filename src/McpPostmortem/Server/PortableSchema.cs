using System.Text.Json;
using System.Text.Json.Nodes;

namespace McpPostmortem.Server;

/// <summary>
/// Rewrites tool schemas so every client accepts them. Optional list arguments are nullable in C#,
/// which the SDK writes as "type": [X, "null"]; several clients reject type arrays, so in an input
/// schema each one becomes its single non-null type, and a "default": null goes with it, except that
/// a list's becomes an empty list (absent means empty). In an output schema null is a real value the
/// server sends, so the array becomes anyOf branches of one type each, which says the same thing in a
/// form single-type dialects can read; such a member is also dropped from "required", because the
/// server leaves null members out.
/// </summary>
public static class PortableSchema
{
    /// <summary>An input schema with every nullable type collapsed to its non-null type.</summary>
    public static JsonElement Simplify(JsonElement schema)
    {
        var node = JsonNode.Parse(schema.GetRawText())!;
        Simplify(node);
        return JsonSerializer.SerializeToElement(node, ServerJsonContext.Default.JsonNode);
    }

    /// <summary>An output schema with every type array split into anyOf branches of one type each.</summary>
    public static JsonElement SplitNullable(JsonElement schema)
    {
        var node = JsonNode.Parse(schema.GetRawText())!;
        Split(node);
        return JsonSerializer.SerializeToElement(node, ServerJsonContext.Default.JsonNode);
    }

    private static void Split(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                DropNullableFromRequired(obj);
                foreach (var (_, child) in obj.ToList())
                {
                    Split(child);
                }

                if (obj["type"] is JsonArray types)
                {
                    var branches = new JsonArray();
                    foreach (var type in types)
                    {
                        branches.Add((JsonNode)new JsonObject { ["type"] = type?.DeepClone() });
                    }

                    obj.Remove("type");
                    if (obj["anyOf"] is JsonArray existing)
                    {
                        // Both must hold; allOf keeps each of them a plain single-type list.
                        obj.Remove("anyOf");
                        obj["allOf"] = new JsonArray(
                            new JsonObject { ["anyOf"] = branches },
                            new JsonObject { ["anyOf"] = existing });
                    }
                    else
                    {
                        obj["anyOf"] = branches;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Split(child);
                }

                break;
        }
    }

    /// <summary>
    /// The server's JSON leaves null members out, so a member that may be null may also be absent;
    /// listing it as required would make a validating client reject a correct result.
    /// </summary>
    private static void DropNullableFromRequired(JsonObject obj)
    {
        if (obj["properties"] is not JsonObject properties || obj["required"] is not JsonArray required)
        {
            return;
        }

        var kept = new JsonArray();
        foreach (var name in required.Select(r => r?.GetValue<string>()))
        {
            var nullable = name is not null && properties[name] is JsonObject property
                && property["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");
            if (!nullable)
            {
                kept.Add((JsonNode?)JsonValue.Create(name));
            }
        }

        obj["required"] = kept;
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
                    // An absent list means an empty one; saying so keeps clients that fill in
                    // every argument without a default from inventing an entry.
                    if (obj["type"] is JsonValue type && type.GetValue<string>() == "array")
                    {
                        obj["default"] = new JsonArray();
                    }
                    else
                    {
                        obj.Remove("default");
                    }
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
