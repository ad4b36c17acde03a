using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Reliability;

/// <summary>
/// Kills the server with SIGKILL at random moments while it writes, 100 times, and restarts it on the
/// same folder each time: every file must still parse and hold every write the client got an answer
/// for. Four lanes run side by side, each with its own postmortem, so the 100 kills stay quick.
/// </summary>
public sealed class CrashTests
{
    private const int Lanes = 4;

    private const int KillsPerLane = 25;

    [Fact]
    public async Task AddTimelineEvents_KilledAtRandomMoments_KeepsEveryAcknowledgedWrite()
    {
        using var folder = new ScratchFolder();
        var seed = Environment.TickCount;
        var lanes = await Task.WhenAll(Enumerable.Range(0, Lanes)
            .Select(lane => Task.Run(() => RunLaneAsync(folder.Path, lane, new Random(seed + lane)))));

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"seed {seed}: {lanes.Sum(l => l.Kills)} kills, {lanes.Sum(l => l.Acknowledged)} " +
            $"acknowledged writes, {lanes.Sum(l => l.KilledMidCall)} kills with a call in flight, " +
            $"{lanes.Sum(l => l.InFlightKept)} of those in-flight writes were kept.");
        Assert.Equal(Lanes * KillsPerLane, lanes.Sum(l => l.Kills));
        Assert.True(lanes.Sum(l => l.KilledMidCall) >= Lanes * KillsPerLane / 2,
            $"seed {seed}: too few kills landed during a call to test anything.");
    }

    private static async Task<LaneResult> RunLaneAsync(string directory, int lane, Random random)
    {
        var acknowledged = new List<string>();
        var id = "";
        var killedMidCall = 0;
        var inFlightKept = 0;
        for (var round = 0; round < KillsPerLane; round++)
        {
            var server = ServerProcess.Start(directory);
            await using (server)
            {
                await server.InitializeAsync();
                id = id.Length > 0 ? id : await CreateAsync(server, lane);
                string? inFlight = null;
                var refusals = new List<string>();
                var warm = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                using var stop = new CancellationTokenSource();
                var writer = Task.Run(async () =>
                {
                    for (var call = 0; !stop.IsCancellationRequested; call++)
                    {
                        var description = $"Lane {lane} round {round} call {call}.";
                        inFlight = description;
                        var result = await server.CallToolAsync("add_timeline_events", Event(id, description));
                        if (result["isError"]?.GetValue<bool>() == true)
                        {
                            // Kept apart from the kill's exception below, which would otherwise hide it.
                            refusals.Add($"round {round} call {call}: {result["content"]?.ToJsonString()}");
                            warm.TrySetResult();
                            return;
                        }

                        lock (acknowledged)
                        {
                            acknowledged.Add(description);
                        }

                        inFlight = null;
                        warm.TrySetResult();
                    }
                });

                // The first call of a fresh process is slow (JIT); kills are spread over the steady stream.
                await warm.Task.WaitAsync(TimeSpan.FromSeconds(60));
                await Task.Delay(random.Next(0, 40));
                server.Kill();
                stop.Cancel();
                var ended = await Record.ExceptionAsync(() => writer);
                Assert.True(refusals.Count == 0, $"lane {lane}: error results {string.Join("; ", refusals)}");

                // What a kill can do to the client: a closed pipe, or a last line cut short.
                Assert.True(ended is null or EndOfStreamException or IOException or ObjectDisposedException
                    or System.Text.Json.JsonException, $"lane {lane}, round {round}: {ended}");

                var stored = StoredFile.Read(directory, id);
                var kept = stored.Timeline.Select(e => e.Description).ToHashSet(StringComparer.Ordinal);
                lock (acknowledged)
                {
                    var lost = acknowledged.Where(a => !kept.Contains(a)).ToList();
                    Assert.True(lost.Count == 0, $"round {round} of lane {lane} lost {string.Join(", ", lost)}");
                }

                if (inFlight is not null)
                {
                    killedMidCall++;
                    inFlightKept += kept.Contains(inFlight) ? 1 : 0;
                }
            }
        }

        return new LaneResult(KillsPerLane, acknowledged.Count, killedMidCall, inFlightKept);
    }

    private static async Task<string> CreateAsync(ServerProcess server, int lane)
    {
        var created = await server.CallToolAsync("create_postmortem", new JsonObject
        {
            ["title"] = $"Crash lane {lane}",
            ["incident_date"] = "2025-07-09",
            ["severity"] = "SEV3",
        });
        return created["structuredContent"]!["id"]!.GetValue<string>();
    }

    private static JsonObject Event(string id, string description) => new()
    {
        ["id"] = id,
        ["events"] = new JsonArray(new JsonObject
        {
            ["time"] = "2025-07-09T12:00:00Z",
            ["description"] = description,
            ["kind"] = "note",
        }),
    };

    private sealed record LaneResult(int Kills, int Acknowledged, int KilledMidCall, int InFlightKept);
}
