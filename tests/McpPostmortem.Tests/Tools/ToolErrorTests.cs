using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Tools;

public class ToolErrorTests
{
    private static JsonObject ValidCreate() => new()
    {
        ["title"] = "Checkout errors after a cache flush",
        ["incident_date"] = "2025-05-02",
        ["severity"] = "SEV2",
        ["timezone"] = "Europe/Berlin",
    };

    [Theory]
    [InlineData("severity", "SEV9", "severity")]
    [InlineData("incident_date", "May 2nd", "incident_date")]
    [InlineData("incident_date", "2025-13-40", "incident_date")]
    [InlineData("timezone", "Mars/Olympus", "timezone")]
    [InlineData("timezone", "IST", "timezone")]
    public async Task CreatePostmortem_BadArgument_ErrorNamesArgumentAndWritesNothing(
        string argument, string value, string named)
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var arguments = ValidCreate();
        arguments[argument] = value;

        var error = await server.Client.CallErrorAsync("create_postmortem", arguments);

        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.DoesNotContain("An error occurred", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*.json"));
    }

    [Fact]
    public async Task CreatePostmortem_MissingRequiredArgument_ErrorNamesIt()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var arguments = ValidCreate();
        arguments.Remove("title");

        var error = await server.Client.CallErrorAsync("create_postmortem", arguments);

        Assert.Contains("title", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePostmortem_UnknownArgument_IsRefusedWithTheAcceptedOnes()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var arguments = ValidCreate();
        arguments["sevrity"] = "SEV1";

        var error = await server.Client.CallErrorAsync("create_postmortem", arguments);

        Assert.Contains("'sevrity'", error, StringComparison.Ordinal);
        Assert.Contains("severity", error, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> NestedUnknownFields() => new()
    {
        { "add_timeline_events", """{"events":[{"time":"14:00","description":"x","severity":"high"}]}""",
            "events[0]", "'severity'" },
        { "add_timeline_events", """{"events":[{"time":"14:00","description":"x","type":"deploy"}]}""",
            "events[0]", "kind" },
        { "set_header", """{"authors":[{"name":"Ana","team":"SRE"}]}""", "authors[0]", "role" },
        { "add_to_appendix", """{"graphs":[{"title":"5xx","link":"https://g.example.com"}]}""", "graphs[0]", "url" },
        { "add_debrief_notes", """{"responder":"on-call","answers":[{"question":"q","answer":"a","who":"x"}]}""",
            "answers[0]", "question" },
    };

    [Theory]
    [MemberData(nameof(NestedUnknownFields))]
    public async Task AnyTool_UnknownFieldInsideAnArgumentObject_IsRefusedWithTheAcceptedFields(
        string tool, string argumentsJson, string where, string named)
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = (await server.Client.CallOkAsync("create_postmortem", ValidCreate()))["id"]!.GetValue<string>();
        var path = Path.Combine(folder.Path, id + ".json");
        var before = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var arguments = JsonNode.Parse(argumentsJson)!.AsObject();
        arguments["id"] = id;

        var error = await server.Client.CallErrorAsync(tool, arguments);

        Assert.Contains(where, error, StringComparison.Ordinal);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GetPostmortem_UnknownId_SaysHowToFindIds()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);

        var error = await server.Client.CallErrorAsync(
            "get_postmortem", new JsonObject { ["id"] = "2025-01-01-nothing" });

        Assert.Contains("list_postmortems", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddTimelineEvents_BadKindInBatch_RefusesWholeBatchAndKeepsFile()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var created = await server.Client.CallOkAsync("create_postmortem", ValidCreate());
        var id = created["id"]!.GetValue<string>();
        var path = Path.Combine(folder.Path, id + ".json");
        var before = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        var error = await server.Client.CallErrorAsync("add_timeline_events", new JsonObject
        {
            ["id"] = id,
            ["events"] = new JsonArray(
                new JsonObject { ["time"] = "14:00", ["description"] = "Cache flushed.", ["kind"] = "deploy" },
                new JsonObject { ["time"] = "14:05", ["description"] = "Errors rose.", ["kind"] = "begun" }),
        });

        Assert.Contains("events[1].kind", error, StringComparison.Ordinal);
        Assert.Contains("started", error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AddActionItem_NoOwnerOrDueDate_IsRefusedUnlessCandidate()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = (await server.Client.CallOkAsync("create_postmortem", ValidCreate()))["id"]!.GetValue<string>();

        var error = await server.Client.CallErrorAsync("add_action_item", new JsonObject
        {
            ["id"] = id,
            ["action"] = "Add a cache warm-up step before traffic returns",
        });
        var candidate = await server.Client.CallOkAsync("add_action_item", new JsonObject
        {
            ["id"] = id,
            ["action"] = "Add a cache warm-up step before traffic returns",
            ["status"] = "candidate",
        });

        Assert.Contains("owner", error, StringComparison.Ordinal);
        Assert.Contains("due_date", error, StringComparison.Ordinal);
        Assert.Equal("ai-1", candidate["item_ids"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task SetSummary_StaleExpectedRevision_IsRefused()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = (await server.Client.CallOkAsync("create_postmortem", ValidCreate()))["id"]!.GetValue<string>();
        await server.Client.CallOkAsync("set_summary", new JsonObject { ["id"] = id, ["summary"] = "First." });

        var error = await server.Client.CallErrorAsync("set_summary",
            new JsonObject { ["id"] = id, ["summary"] = "Second.", ["expected_revision"] = 1 });

        Assert.Contains("revision 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePostmortem_SameTitleTwice_SecondIsRefused()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        await server.Client.CallOkAsync("create_postmortem", ValidCreate());

        var error = await server.Client.CallErrorAsync("create_postmortem", ValidCreate());

        Assert.Contains("already exists", error, StringComparison.Ordinal);
    }
}
