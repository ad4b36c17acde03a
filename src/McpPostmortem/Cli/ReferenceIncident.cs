using System.Text.Json;
using System.Text.Json.Nodes;

namespace McpPostmortem.Server.Cli;

/// <summary>The reference incident as a list of tool calls, read from an embedded JSON file.</summary>
public static class ReferenceIncident
{
    public sealed record Call(string Tool, JsonObject Arguments);

    public static IReadOnlyList<Call> Calls()
    {
        using var stream = typeof(ReferenceIncident).Assembly.GetManifestResourceStream("reference-incident.json")
            ?? throw new InvalidOperationException("The reference incident is missing from the build.");
        var root = JsonNode.Parse(stream)!;
        return root["calls"]!.AsArray()
            .Select(c => new Call(c!["tool"]!.GetValue<string>(), c["arguments"]!.AsObject()))
            .ToList();
    }

    /// <summary>The call's arguments with "{id}" replaced by the postmortem id.</summary>
    public static Dictionary<string, JsonElement> Arguments(Call call, string id)
    {
        var arguments = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in call.Arguments)
        {
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) && s == "{id}"
                ? JsonSerializer.SerializeToElement(id, ServerJsonContext.Default.String)
                : JsonSerializer.SerializeToElement(value, ServerJsonContext.Default.JsonNode);
            arguments[name] = text;
        }

        return arguments;
    }

    /// <summary>Reads the id quoted in create_postmortem's "already exists" error.</summary>
    public static string IdFromError(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal) + 1;
        var end = message.IndexOf('\'', start);
        return start > 0 && end > start ? message[start..end] : "";
    }
}
