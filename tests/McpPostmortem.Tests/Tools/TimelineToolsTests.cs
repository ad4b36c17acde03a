using System.Text.Json.Nodes;
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

    [Theory]
    [InlineData(0, 501)]
    [InlineData(400, 101)]
    public async Task AddTimelineEvents_NotesOverThePerCallLimit_AreRefusedAndNothingIsWritten(
        int events, int messages)
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = await server.Client.CreateAsync();
        var path = Path.Combine(folder.Path, id + ".json");
        var before = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var notes = string.Join("\n", Enumerable.Range(0, messages)
            .Select(i => $"bot  2025-06-03T{i / 60 % 24:00}:{i % 60:00}:00Z  message {i}"));
        var batch = new JsonArray(Enumerable.Range(0, events)
            .Select(i => (JsonNode)Incident.Event($"2025-06-04T{i / 60 % 24:00}:{i % 60:00}:00Z", $"event {i}"))
            .ToArray());

        var error = await server.Client.CallErrorAsync("add_timeline_events",
            new JsonObject { ["id"] = id, ["events"] = batch, ["notes"] = notes });

        Assert.Contains($"'notes' holds {messages} messages", error, StringComparison.Ordinal);
        Assert.Contains("500", error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("2025-06-03 07:02:45 UTC  PagerDuty  Triggered", "2025-06-03T07:02:45Z")]
    [InlineData("bob  07:05 Europe/Berlin  restart done", "2025-06-03T05:05:00Z")]
    [InlineData("Jun 4, 2025 7:10 AM  PagerDuty  Triggered", "2025-06-03T22:10:00Z")]
    public async Task AddTimelineEvents_NotesWithZoneOrDate_StoredAtTheWrittenInstant(string line, string utc)
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = await server.Client.CreateAsync("Asia/Tokyo");

        await server.Client.CallOkAsync("add_timeline_events", new JsonObject { ["id"] = id, ["notes"] = line });

        var stored = Assert.Single((await server.Client.GetAsync(id))["timeline"]!.AsArray());
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture),
            stored!["time"]!.GetValue<DateTimeOffset>());
    }
}
