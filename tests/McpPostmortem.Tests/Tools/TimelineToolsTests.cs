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

    [Fact]
    public async Task AddTimelineEvents_LaterCallAfterMidnight_PlacedNextToTheTimelineWithNotice()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = await server.Client.CreateAsync(date: "2025-03-08");
        await server.Client.AddEventsAsync(id,
            Incident.Event("23:40", "Checkout errors began.", "started"),
            Incident.Event("23:50", "The error-rate alert fired.", "detected"));

        var later = await server.Client.AddEventsAsync(id,
            Incident.Event("01:50", "Error rate back to baseline.", "mitigated"),
            Incident.Event("00:10", "The on-call engineer took the page.", "acknowledged"));

        var metrics = (await server.Client.CallOkAsync("get_postmortem", new JsonObject { ["id"] = id }))["metrics"]!
            .AsArray().ToDictionary(m => m!["key"]!.GetValue<string>(), m => m!["minutes"]?.GetValue<double>());
        Assert.Equal(20, metrics["time_to_acknowledge"]);
        Assert.Equal(130, metrics["time_to_mitigate"]);
        Assert.Contains(later["notices"]!.AsArray(),
            n => n!.GetValue<string>().Contains("2025-03-09", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdateTimelineEvent_ClearLink_RemovesIt()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = await server.Client.CreateAsync();
        var linked = Incident.Event("09:00", "Deploy of worker 1.2.", "deploy");
        linked["link"] = "https://deploy.example.com/runs/7";
        await server.Client.AddEventsAsync(id, linked);

        await server.Client.CallOkAsync("update_timeline_event",
            new JsonObject { ["id"] = id, ["event_id"] = "ev-1", ["clear_link"] = true });

        var stored = Assert.Single((await server.Client.GetAsync(id))["timeline"]!.AsArray());
        Assert.Equal("", stored!["link"]!.GetValue<string>());
    }
}
