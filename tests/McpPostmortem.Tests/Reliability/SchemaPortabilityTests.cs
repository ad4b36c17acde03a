using System.Text.Json;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Reliability;

/// <summary>
/// What tools/list sends to a real client: schemas without type arrays or bare untyped schemas (the
/// inspector's --strict portability rules), short names and bounded descriptions.
/// </summary>
public sealed class SchemaPortabilityTests
{
    private const int MaxNameLength = 40;

    private const int MaxDescriptionLength = 2_000;

    [Fact]
    public async Task ToolsList_EveryTool_HasPortableSchemasShortNamesAndBoundedDescriptions()
    {
        using var folder = new ScratchFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var client = await ServerProcess.ConnectAsync(folder.Path, ct);

        var tools = await client.ListToolsAsync(cancellationToken: ct);

        Assert.NotEmpty(tools);
        var problems = new List<string>();
        foreach (var tool in tools.Select(t => t.ProtocolTool))
        {
            if (tool.Name.Length > MaxNameLength)
            {
                problems.Add($"{tool.Name}: name is {tool.Name.Length} characters");
            }

            if ((tool.Description ?? "").Length is 0 or > MaxDescriptionLength)
            {
                problems.Add($"{tool.Name}: description is {tool.Description?.Length ?? 0} characters");
            }

            Walk(tool.InputSchema, $"{tool.Name}.inputSchema", problems);
            if (tool.OutputSchema is { } output)
            {
                Walk(output, $"{tool.Name}.outputSchema", problems);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static readonly HashSet<string> Constraining = new(StringComparer.Ordinal)
    {
        "type", "enum", "const", "anyOf", "oneOf", "allOf", "not", "$ref", "properties", "items",
        "pattern", "format", "minimum", "maximum", "minLength", "maxLength", "required",
    };

    private static readonly string[] SchemaMaps = ["properties", "$defs", "definitions", "patternProperties"];

    private static readonly string[] SchemaLists = ["anyOf", "oneOf", "allOf", "prefixItems"];

    private static readonly string[] SchemaValues = ["items", "additionalProperties", "not", "contains"];

    private static void Walk(JsonElement schema, string path, List<string> problems)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False && !path.EndsWith("additionalProperties", StringComparison.Ordinal))
            {
                problems.Add($"{path}: bare boolean schema");
            }

            return;
        }

        if (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array)
        {
            problems.Add($"{path}: type is an array {type.GetRawText()}");
        }

        if (!schema.EnumerateObject().Any(p => Constraining.Contains(p.Name)))
        {
            problems.Add($"{path}: schema constrains nothing");
        }

        foreach (var map in SchemaMaps)
        {
            if (schema.TryGetProperty(map, out var members) && members.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in members.EnumerateObject())
                {
                    Walk(member.Value, $"{path}.{map}.{member.Name}", problems);
                }
            }
        }

        foreach (var list in SchemaLists)
        {
            if (schema.TryGetProperty(list, out var branches) && branches.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var branch in branches.EnumerateArray())
                {
                    Walk(branch, $"{path}.{list}[{i++}]", problems);
                }
            }
        }

        foreach (var single in SchemaValues)
        {
            if (schema.TryGetProperty(single, out var value))
            {
                Walk(value, $"{path}.{single}", problems);
            }
        }
    }
}
