using System.Text.Json;
using McpPostmortem.Server.Tests.TestSupport;
using ModelContextProtocol.Client;

namespace McpPostmortem.Server.Tests.Reliability;

/// <summary>
/// Several server processes writing one postmortem at the same moment, as two agents sharing a
/// folder would: the store's cross-process lock and revision numbers must lose nothing.
/// </summary>
public sealed class ConcurrentWriterTests
{
    private const int Writers = 8;

    private const int CallsPerWriter = 100;

    [Fact]
    public async Task AddTimelineEvents_EightProcessesAtOnce_KeepsEveryEventInOneValidFile()
    {
        using var folder = new ScratchFolder();
        var ct = TestContext.Current.CancellationToken;
        var clients = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => ServerProcess.ConnectAsync(folder.Path, ct)));
        try
        {
            var id = await CreateAsync(clients[0], ct);

            var writers = clients.Select((client, w) => Task.Run(async () =>
            {
                for (var call = 0; call < CallsPerWriter; call++)
                {
                    var result = await client.CallToolAsync("add_timeline_events", new Dictionary<string, object?>
                    {
                        ["id"] = id,
                        ["events"] = new[]
                        {
                            new Dictionary<string, object?>
                            {
                                ["time"] = $"2025-07-09T{10 + call / 60:00}:{call % 60:00}:{w:00}Z",
                                ["description"] = $"Writer {w} recorded step {call}.",
                                ["kind"] = "note",
                            },
                        },
                    }, cancellationToken: ct);
                    Assert.True(result.IsError != true, $"writer {w} call {call}: {Text(result)}");
                }
            }, ct));
            await Task.WhenAll(writers);

            var stored = StoredFile.Read(folder.Path, id);
            Assert.Equal(Writers * CallsPerWriter, stored.Timeline.Count);
            Assert.Equal(1 + (Writers * CallsPerWriter), stored.Revision);
            var expected = Enumerable.Range(0, Writers)
                .SelectMany(w => Enumerable.Range(0, CallsPerWriter).Select(c => $"Writer {w} recorded step {c}."))
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, stored.Timeline.Select(e => e.Description).Order(StringComparer.Ordinal));
            Assert.Equal(stored.Timeline.Count, stored.Timeline.Select(e => e.Id).Distinct().Count());
            Assert.Equal(stored.Timeline.OrderBy(e => e.Time).Select(e => e.Time), stored.Timeline.Select(e => e.Time));
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task SetSummary_StaleExpectedRevisionFromTwoProcesses_OneWinsOneIsRefused()
    {
        using var folder = new ScratchFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var first = await ServerProcess.ConnectAsync(folder.Path, ct);
        await using var second = await ServerProcess.ConnectAsync(folder.Path, ct);
        var id = await CreateAsync(first, ct);

        var results = await Task.WhenAll(
            SetSummaryAsync(first, id, "The first agent's summary.", ct),
            SetSummaryAsync(second, id, "The second agent's summary.", ct));

        Assert.Single(results, r => r.IsError != true);
        var refused = Assert.Single(results, r => r.IsError == true);
        Assert.Contains("revision", Text(refused), StringComparison.Ordinal);
        var stored = StoredFile.Read(folder.Path, id);
        Assert.Equal(2, stored.Revision);
        Assert.True(stored.Summary is "The first agent's summary." or "The second agent's summary.", stored.Summary);
    }

    private static async Task<string> CreateAsync(McpClient client, CancellationToken ct)
    {
        var created = await client.CallToolAsync("create_postmortem", new Dictionary<string, object?>
        {
            ["title"] = "Shared writers",
            ["incident_date"] = "2025-07-09",
            ["severity"] = "SEV2",
        }, cancellationToken: ct);
        Assert.True(created.IsError != true, Text(created));
        return created.StructuredContent!.Value.GetProperty("id").GetString()!;
    }

    private static Task<ModelContextProtocol.Protocol.CallToolResult> SetSummaryAsync(
        McpClient client, string id, string summary, CancellationToken ct) =>
        client.CallToolAsync("set_summary", new Dictionary<string, object?>
        {
            ["id"] = id,
            ["summary"] = summary,
            ["expected_revision"] = 1,
        }, cancellationToken: ct).AsTask();

    private static string Text(ModelContextProtocol.Protocol.CallToolResult result) =>
        string.Join(" ", result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(b => b.Text))
        + (result.StructuredContent is { } s ? JsonSerializer.Serialize(s) : "");
}
