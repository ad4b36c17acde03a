using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Tools;

/// <summary>The timeline tools through a real MCP client, the way a language model calls them.</summary>
public sealed class TimelineToolsTests
{
    [Fact]
    public async Task AddTimelineEvents_EventWithoutKindOrSource_IsStoredAsNoteFromOther()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = await server.Client.CreateAsync();

        await server.Client.AddEventsAsync(id, Incident.Event("09:00", "Worker 1.2 rolled out."));
        var second = await server.Client.AddEventsAsync(id, Incident.Event("09:05", "Queue depth rose."));

        var timeline = (await server.Client.GetAsync(id))["timeline"]!.AsArray();
        Assert.All(timeline, e => Assert.Equal("note", e!["kind"]!.GetValue<string>()));
        Assert.All(timeline, e => Assert.Equal("other", e!["source"]!.GetValue<string>()));
        Assert.All(timeline, e => Assert.Equal("", e!["link"]!.GetValue<string>()));
        Assert.Equal("ev-2", second["item_ids"]![0]!.GetValue<string>());
    }
}
