using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;

namespace McpPostmortem.Server;

/// <summary>
/// The optional <c>expected_revision</c> argument every write tool takes, in one place: the schema
/// property is added to each write tool when the server starts, the call filter reads the value, and
/// the workspace checks it under the store's lock. A tool method never declares it, so a new write
/// tool cannot forget it.
/// </summary>
public static class ExpectedRevision
{
    public const string Argument = "expected_revision";

    public const string Description =
        "Optional: the revision you last read (from get_postmortem or the previous write's result). " +
        "When above 0 and the stored postmortem is at another revision, the call is refused and " +
        "nothing is written, so you never overwrite an edit made since you read it. 0 skips the check.";

    // create_postmortem makes a postmortem that has no revision yet; there is nothing to compare.
    private static readonly HashSet<string> Creators = new(StringComparer.Ordinal) { "create_postmortem" };

    // The value of the tool call in flight. AsyncLocal because the SDK binds tool arguments itself,
    // and the check has to happen inside the store's lock, deep below the tool method.
    private static readonly AsyncLocal<long> Current = new();

    /// <summary>True for a tool that writes to a stored postmortem or beside it.</summary>
    public static bool AppliesTo(Tool tool) =>
        tool.Annotations?.ReadOnlyHint != true && !Creators.Contains(tool.Name);

    /// <summary>The tool's input schema with the expected_revision property added.</summary>
    public static JsonElement AddTo(JsonElement inputSchema)
    {
        var schema = JsonNode.Parse(inputSchema.GetRawText())!.AsObject();
        if (schema["properties"] is not JsonObject properties)
        {
            properties = [];
            schema["properties"] = properties;
        }

        properties[Argument] = new JsonObject
        {
            ["description"] = Description,
            ["type"] = "integer",
            ["minimum"] = 0,
            ["default"] = 0,
        };
        return JsonSerializer.SerializeToElement(schema, ServerJsonContext.Default.JsonNode);
    }

    /// <summary>
    /// Remembers the call's expected revision for the rest of this call. The schema check has run
    /// before, so a present value is a non-negative integer.
    /// </summary>
    public static void Begin(IDictionary<string, JsonElement>? arguments)
    {
        Current.Value = arguments is not null && arguments.TryGetValue(Argument, out var value)
            && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var revision)
            ? revision
            : 0;
    }

    /// <summary>The expected revision of the call in flight; 0 when none was given.</summary>
    public static long OfCurrentCall => Current.Value;
}
