using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Tools;

/// <summary>The postmortem tools through a real MCP client, the way a language model calls them.</summary>
public sealed class PostmortemToolsTests
{
    [Fact]
    public async Task CreatePostmortem_AuthorWithoutRole_IsStoredWithEmptyRole()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);

        var id = await server.Client.CreateAsync(authors: new JsonArray(new JsonObject { ["name"] = "Ana" }));

        var author = Assert.Single((await server.Client.GetAsync(id))["authors"]!.AsArray());
        Assert.Equal("", author!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetPostmortem_LongTimeline_ReturnsWindowsThatJoinToTheWholeTimeline()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = await CreateWithEventsAsync(server, 250);

        var seen = new List<string>();
        var offset = 0;
        var reads = 0;
        JsonNode window;
        do
        {
            reads++;
            window = await server.Client.CallOkAsync(
                "get_postmortem", new JsonObject { ["id"] = id, ["timeline_offset"] = offset, ["timeline_limit"] = 100 });
            var events = window["postmortem"]!["timeline"]!.AsArray();
            seen.AddRange(events.Select(e => e!["id"]!.GetValue<string>()));
            Assert.Equal(250, window["timeline"]!["total"]!.GetValue<int>());
            Assert.Equal(offset, window["timeline"]!["offset"]!.GetValue<int>());
            offset += events.Count;
        }
        while (window["timeline"]!["more"]!.GetValue<bool>());

        Assert.Equal(250, seen.Count);
        Assert.Equal(250, seen.Distinct().Count());
        Assert.Equal(3, reads);
    }

    [Fact]
    public async Task GetPostmortem_Window_MetricsCoverTheWholeTimeline()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = await CreateWithEventsAsync(server, 20);

        var whole = await server.Client.CallOkAsync("get_postmortem", new JsonObject { ["id"] = id });
        var part = await server.Client.CallOkAsync(
            "get_postmortem", new JsonObject { ["id"] = id, ["timeline_offset"] = 15, ["timeline_limit"] = 2 });

        Assert.Equal(2, part["postmortem"]!["timeline"]!.AsArray().Count);
        Assert.True(part["timeline"]!["more"]!.GetValue<bool>());
        Assert.Equal(whole["metrics"]!.ToJsonString(), part["metrics"]!.ToJsonString());
    }

    [Theory]
    [InlineData(-1, 100, "timeline_offset")]
    [InlineData(0, 0, "timeline_limit")]
    [InlineData(0, 1001, "timeline_limit")]
    public async Task GetPostmortem_WindowOutOfRange_ErrorNamesTheArgument(int offset, int limit, string argument)
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = await CreateWithEventsAsync(server, 3);

        var error = await server.Client.CallErrorAsync("get_postmortem", new JsonObject
        {
            ["id"] = id,
            ["timeline_offset"] = offset,
            ["timeline_limit"] = limit,
        });

        Assert.Contains(argument, error, StringComparison.Ordinal);
    }

    private static async Task<string> CreateWithEventsAsync(InProcessServer server, int count)
    {
        var created = await server.Client.CallOkAsync("create_postmortem", new JsonObject
        {
            ["title"] = "Queue backlog in billing",
            ["incident_date"] = "2025-06-03",
            ["severity"] = "SEV3",
        });
        var id = created["id"]!.GetValue<string>();
        var events = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var kind = i switch { 0 => "started", 1 => "detected", _ when i == count - 1 => "resolved", _ => "note" };
            events.Add(new JsonObject
            {
                ["time"] = $"2025-06-03T{8 + i / 60:00}:{i % 60:00}:00Z",
                ["kind"] = kind,
                ["description"] = $"Backlog step {i}.",
            });
        }

        await server.Client.CallOkAsync("add_timeline_events", new JsonObject { ["id"] = id, ["events"] = events });
        return id;
    }
}
