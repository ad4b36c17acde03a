using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Json.Schema;
using McpPostmortem.Editing;
using ModelContextProtocol.Protocol;

namespace McpPostmortem.Server;

/// <summary>
/// Checks tool arguments against the tool's own input schema before the SDK binds them. The SDK
/// ignores unknown arguments and hides binding failures behind a generic message; this says which
/// argument is wrong and what the schema wants instead.
/// </summary>
public static class ArgumentCheck
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List };

    /// <summary>Returns an error message naming each wrong argument, or null when all are right.</summary>
    public static string? Problems(Tool tool, IDictionary<string, JsonElement>? arguments)
    {
        arguments ??= new Dictionary<string, JsonElement>();
        var known = KnownArguments(tool.InputSchema);
        var unknown = arguments.Keys.Where(k => !known.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            return $"{tool.Name} does not take {Quote(unknown)}. It accepts: {string.Join(", ", known)}.";
        }

        var nested = new List<string>();
        foreach (var (name, value) in arguments)
        {
            if (tool.InputSchema.TryGetProperty("properties", out var properties)
                && properties.TryGetProperty(name, out var argumentSchema))
            {
                UnknownFields(argumentSchema, value, name, nested);
            }
        }

        if (nested.Count > 0)
        {
            return $"{tool.Name} was called with fields it does not take: {string.Join("; ", nested.Take(8))}.";
        }

        var schema = Schemas.GetOrAdd(tool.Name, _ => JsonSchema.Build(tool.InputSchema));
        var instance = JsonSerializer.SerializeToElement(
            arguments, ServerJsonContext.Default.IDictionaryStringJsonElement);
        var results = schema.Evaluate(instance, Evaluation);
        return results.IsValid ? null : Describe(tool.Name, tool.InputSchema, results, instance);
    }

    private static List<string> KnownArguments(JsonElement schema)
    {
        var names = new List<string>();
        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            names.AddRange(properties.EnumerateObject().Select(p => p.Name));
        }

        return names;
    }

    /// <summary>
    /// Walks an argument value along its schema and names every field that an object in it does not
    /// declare, with the fields that object does take. The SDK would drop such a field silently, so a
    /// misspelt or invented field ('type' for 'kind') would be lost without a word.
    /// </summary>
    private static void UnknownFields(JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                UnknownFields(items, item, $"{path}[{index++}]", problems);
            }

            return;
        }

        if (value.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object || OpenObject(schema))
        {
            return;
        }

        var accepted = properties.EnumerateObject().Select(p => p.Name).ToList();
        foreach (var field in value.EnumerateObject())
        {
            if (properties.TryGetProperty(field.Name, out var fieldSchema))
            {
                UnknownFields(fieldSchema, field.Value, $"{path}.{field.Name}", problems);
            }
            else
            {
                problems.Add($"{path} has no field '{Input.Clip(field.Name)}' (it accepts: {string.Join(", ", accepted)})");
            }
        }
    }

    /// <summary>True when the schema lets an object carry fields it does not list.</summary>
    private static bool OpenObject(JsonElement schema) =>
        schema.TryGetProperty("additionalProperties", out var additional)
        && additional.ValueKind is not JsonValueKind.False;

    private static string Describe(string toolName, JsonElement schema, EvaluationResults results, JsonElement instance)
    {
        var problems = new List<string>();
        foreach (var detail in (results.Details ?? []).Prepend(results))
        {
            if (detail.Errors is null)
            {
                continue;
            }

            var pointer = detail.InstanceLocation.ToString();
            var where = Path(pointer);
            foreach (var (keyword, message) in detail.Errors)
            {
                var problem = keyword switch
                {
                    "required" => message.Replace(
                        "Required properties", "missing required argument(s)", StringComparison.Ordinal),
                    "enum" => $"'{where}' must be one of {Allowed(schema, pointer)}; got {Value(instance, pointer)}",
                    _ => $"'{where}': {message}",
                };
                if (!problems.Contains(problem))
                {
                    problems.Add(problem);
                }
            }
        }

        return $"{toolName} was called with arguments that do not fit: {string.Join("; ", problems.Take(8))}.";
    }

    /// <summary>The enum values the schema allows at an argument's place, for the error message.</summary>
    private static string Allowed(JsonElement schema, string pointer)
    {
        var node = schema;
        foreach (var segment in Segments(pointer))
        {
            var step = int.TryParse(segment, out _) ? node.TryGetProperty("items", out var items) ? items : default
                : node.TryGetProperty("properties", out var properties) && properties.TryGetProperty(segment, out var p)
                    ? p : default;
            if (step.ValueKind != JsonValueKind.Object)
            {
                return "the values listed in the tool's schema";
            }

            node = step;
        }

        return node.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array
            ? string.Join(", ", values.EnumerateArray().Select(v => v.ToString()))
            : "the values listed in the tool's schema";
    }

    private static string Value(JsonElement instance, string pointer)
    {
        var node = instance;
        foreach (var segment in Segments(pointer))
        {
            if (node.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index)
                && index < node.GetArrayLength())
            {
                node = node[index];
            }
            else if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(segment, out var property))
            {
                node = property;
            }
            else
            {
                return "nothing";
            }
        }

        return Input.Clip(node.GetRawText());
    }

    private static string[] Segments(string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .ToArray();

    /// <summary>Turns "/events/0/kind" into "events[0].kind", the way the arguments were written.</summary>
    private static string Path(string pointer)
    {
        var path = new StringBuilder();
        foreach (var segment in Segments(pointer))
        {
            if (int.TryParse(segment, out _))
            {
                path.Append('[').Append(segment).Append(']');
            }
            else
            {
                path.Append(path.Length > 0 ? "." : "").Append(segment);
            }
        }

        return path.Length == 0 ? "arguments" : path.ToString();
    }

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
