using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Server;

/// <summary>
/// Every write tool takes expected_revision: a stale one is refused with nothing written, the current
/// one goes through. The table below must name every tool whose schema has the argument.
/// </summary>
public sealed class ExpectedRevisionTests
{
    /// <summary>Valid arguments for each write tool on a postmortem that has ev-1, cf-1 and ai-1.</summary>
    private static readonly Dictionary<string, Func<Fixture, JsonObject>> WriteCalls = new(StringComparer.Ordinal)
    {
        ["set_header"] = f => f.Args(new() { ["title"] = "Checkout errors after a cache purge" }),
        ["set_summary"] = f => f.Args(new() { ["summary"] = "Checkout failed for 20 minutes." }),
        ["set_impact"] = f => f.Args(new() { ["duration"] = "20 minutes" }),
        ["set_root_cause"] = f => f.Args(new() { ["text"] = "The cache purge emptied every node at once." }),
        ["set_section_items"] = f => f.Args(new()
            { ["section"] = "went_well", ["items"] = new JsonArray("The rollback took two minutes.") }),
        ["add_related_incident"] = f => f.Args(new() { ["description"] = "An earlier cache purge." }),
        ["add_to_appendix"] = f => f.Args(new() { ["notes"] = "Dashboards were exported." }),
        ["add_timeline_events"] = f => f.Args(new()
        {
            ["events"] = new JsonArray(new JsonObject { ["time"] = "14:10", ["description"] = "Cache refilled." }),
        }),
        ["update_timeline_event"] = f => f.Args(new() { ["event_id"] = "ev-1", ["description"] = "Purge ran." }),
        ["remove_timeline_event"] = f => f.Args(new() { ["event_id"] = "ev-1" }),
        ["add_contributing_factor"] = f => f.Args(new()
            { ["title"] = "Purges had no rate limit", ["points"] = new JsonArray("All nodes at once.") }),
        ["update_contributing_factor"] = f => f.Args(new() { ["factor_id"] = "cf-1", ["category"] = "deployment" }),
        ["remove_contributing_factor"] = f => f.Args(new() { ["factor_id"] = "cf-1" }),
        ["add_action_item"] = f => f.Args(new()
            { ["action"] = "Rate-limit cache purges per region", ["status"] = "candidate" }),
        ["update_action_item"] = f => f.Args(new() { ["item_id"] = "ai-1", ["status"] = "in_progress" }),
        ["remove_action_item"] = f => f.Args(new() { ["item_id"] = "ai-1" }),
        ["add_debrief_notes"] = f => f.Args(new()
        {
            ["responder"] = "on-call SRE",
            ["answers"] = new JsonArray(new JsonObject
                { ["question"] = "What did you see first?", ["answer"] = "The error graph rising." }),
        }),
        ["record_review"] = f => f.Args(new() { ["meeting_held"] = "2025-05-06" }),
        ["set_review_status"] = f => f.Args(new() { ["status"] = "in_review" }),
        ["render_postmortem"] = f => f.Args(new()),
        ["export_action_items"] = f => f.Args(new() { ["format"] = "markdown" }),
        ["import_postmortem"] = f => f.Args(new() { ["markdown"] = f.Markdown, ["replace"] = true }),
        ["delete_postmortem"] = f => f.Args(new()),
    };

    public static TheoryData<string> WriteTools() => [.. WriteCalls.Keys];

    [Fact]
    public async Task ListTools_EveryWriteTool_TakesExpectedRevision()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);

        var tools = await server.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        var withArgument = new List<string>();
        foreach (var tool in tools)
        {
            var readOnly = tool.ProtocolTool.Annotations?.ReadOnlyHint == true;
            var properties = tool.JsonSchema.GetProperty("properties");
            var has = properties.TryGetProperty(ExpectedRevision.Argument, out var schema);
            Assert.True(has == (!readOnly && tool.Name != "create_postmortem"),
                $"{tool.Name}: read-only {readOnly}, takes expected_revision {has}");
            if (has)
            {
                withArgument.Add(tool.Name);
                Assert.Equal("integer", schema.GetProperty("type").GetString());
                Assert.Contains("refused", schema.GetProperty("description").GetString(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(WriteCalls.Keys.Order(StringComparer.Ordinal), withArgument.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(WriteTools))]
    public async Task WriteTool_StaleExpectedRevision_IsRefusedAndWritesNothing(string tool)
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var fixture = await Fixture.CreateAsync(server);
        var before = FolderSnapshot.Take(folder.Path);

        var stale = WriteCalls[tool](fixture);
        stale[ExpectedRevision.Argument] = fixture.Revision - 1;
        var error = await server.Client.CallErrorAsync(tool, stale);

        Assert.Contains($"not expected_revision {fixture.Revision - 1}", error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(folder.Path));
        var current = WriteCalls[tool](fixture);
        current[ExpectedRevision.Argument] = fixture.Revision;
        await server.Client.CallOkAsync(tool, current);
    }

    [Fact]
    public async Task SetSummary_NegativeExpectedRevision_IsRefusedByName()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var fixture = await Fixture.CreateAsync(server);

        var error = await server.Client.CallErrorAsync("set_summary",
            fixture.Args(new() { ["summary"] = "Text.", [ExpectedRevision.Argument] = -1 }));

        Assert.Contains(ExpectedRevision.Argument, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPostmortem_ExpectedRevisionForNewPostmortem_IsRefused()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var fixture = await Fixture.CreateAsync(server);

        var error = await server.Client.CallErrorAsync("import_postmortem", new JsonObject
        {
            ["markdown"] = fixture.Markdown,
            ["id"] = "2025-05-02-a-new-copy",
            [ExpectedRevision.Argument] = 3,
        });

        Assert.Contains("no postmortem '2025-05-02-a-new-copy' is stored", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "2025-05-02-a-new-copy.json")));
    }

    /// <summary>A postmortem with one event, factor and action item, rendered once.</summary>
    private sealed record Fixture(string Id, long Revision, string Markdown)
    {
        public static async Task<Fixture> CreateAsync(InProcessServer server)
        {
            var client = server.Client;
            var created = await client.CallOkAsync("create_postmortem", new JsonObject
            {
                ["title"] = "Checkout errors after a cache flush",
                ["incident_date"] = "2025-05-02",
                ["severity"] = "SEV2",
            });
            var id = created["id"]!.GetValue<string>();
            await client.CallOkAsync("add_timeline_events", new JsonObject
            {
                ["id"] = id,
                ["events"] = new JsonArray(new JsonObject
                    { ["time"] = "14:00", ["description"] = "Cache flush ran.", ["kind"] = "deploy" }),
            });
            await client.CallOkAsync("add_contributing_factor", new JsonObject
                { ["id"] = id, ["title"] = "Flushes hit every node", ["points"] = new JsonArray("All at once.") });
            var last = await client.CallOkAsync("add_action_item", new JsonObject
            {
                ["id"] = id,
                ["action"] = "Stage cache flushes by region",
                ["owner"] = "cache team",
                ["due_date"] = "2025-06-01",
            });
            var rendered = await client.CallOkAsync("render_postmortem", new JsonObject { ["id"] = id });
            return new Fixture(id, last["revision"]!.GetValue<long>(), rendered["markdown"]!.GetValue<string>());
        }

        public JsonObject Args(JsonObject extra)
        {
            extra["id"] = Id;
            return extra;
        }
    }
}
