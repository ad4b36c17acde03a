using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;
using McpPostmortem.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpPostmortem.Server.Tests.Tools;

/// <summary>
/// The review, export and analysis tools through a real MCP client joined to the server by pipes:
/// argument binding, structured content and the approval gate as a language model sees them.
/// </summary>
public sealed class ReviewToolsTests : IAsyncLifetime
{
    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "mcp-postmortem-tests", Guid.NewGuid().ToString("N"));

    private readonly Pipe _toServer = new();
    private readonly Pipe _toClient = new();
    private IHost? _host;
    private McpClient? _client;

    public async ValueTask InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(new PostmortemStore(_directory));
        ServerHost.AddPostmortemServer(builder.Services)
            .WithStreamServerTransport(_toServer.Reader.AsStream(), _toClient.Writer.AsStream());
        _host = builder.Build();
        await _host.StartAsync(TestContext.Current.CancellationToken);
        _client = await McpClient.CreateAsync(
            new StreamClientTransport(_toServer.Writer.AsStream(), _toClient.Reader.AsStream()),
            cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.StopAsync(CancellationToken.None);
            _host.Dispose();
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task SetReviewStatus_ApprovedWhileChecklistFails_ErrorListsBlockersAndNothingChanges()
    {
        var id = await CreateAsync();
        await CallAsync("add_action_item", new()
        {
            ["id"] = id,
            ["action"] = "Remind the rules team to be more careful with prod bundles",
            ["status"] = "candidate",
        });

        await CallAsync("set_review_status", new() { ["id"] = id, ["status"] = "in_review" });

        var check = await CallAsync("check_postmortem", new() { ["id"] = id });
        var lint = await CallAsync("lint_postmortem", new() { ["id"] = id });
        var refused = await CallAsync("set_review_status", new() { ["id"] = id, ["status"] = "approved" }, expectError: true);
        var after = await CallAsync("get_postmortem", new() { ["id"] = id });

        Assert.False(check.GetProperty("ready").GetBoolean());
        Assert.Equal(lint.GetProperty("errors").GetInt32(), check.GetProperty("blame_errors").GetInt32());
        Assert.Equal(lint.GetProperty("errors").GetInt32(), check.GetProperty("lint_errors").GetInt32());
        var text = string.Join("\n", refused.Content.OfType<TextContentBlock>().Select(t => t.Text));
        Assert.Contains("Timeline created", text, StringComparison.Ordinal);
        Assert.Contains("No blame language remains", text, StringComparison.Ordinal);
        Assert.Equal("in_review", after.GetProperty("postmortem").GetProperty("status").GetString());
    }

    [Fact]
    public async Task SetReviewStatus_PersonAimedItems_BlockApprovalAndAgreeWithLint()
    {
        var id = await CreateReadyAsync();
        foreach (var action in new[]
        {
            "Educate the team about connection pooling", "Talk to Bob about the deploy",
            "Coach the on-call on the runbook", "Train engineers on connection handling",
        })
        {
            await CallAsync("add_action_item", new()
            {
                ["id"] = id, ["action"] = action, ["owner"] = "API team", ["due_date"] = Day(30),
            });
        }

        await CallAsync("set_review_status", new() { ["id"] = id, ["status"] = "in_review" });
        var check = await CallAsync("check_postmortem", new() { ["id"] = id });
        var lint = await CallAsync("lint_postmortem", new() { ["id"] = id });
        var refused = await CallAsync("set_review_status", new() { ["id"] = id, ["status"] = "approved" }, expectError: true);

        Assert.Equal(4, check.GetProperty("blame_errors").GetInt32());
        Assert.Equal(lint.GetProperty("errors").GetInt32(), check.GetProperty("blame_errors").GetInt32());
        Assert.False(check.GetProperty("ready").GetBoolean());
        Assert.Contains("4 blame-language error(s)", ToolCalls.Text(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetReviewStatus_DraftToPublished_RefusedNamingAllowedMoves()
    {
        var id = await CreateReadyAsync();

        var refused = await CallAsync("set_review_status", new() { ["id"] = id, ["status"] = "published" }, expectError: true);

        Assert.Contains("Allowed next: in_review or not_required.", ToolCalls.Text(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetRootCause_OnPublished_BackInReviewWithNotice()
    {
        var id = await CreateReadyAsync();
        foreach (var status in new[] { "in_review", "approved", "published" })
        {
            await CallAsync("set_review_status", new() { ["id"] = id, ["status"] = status });
        }

        var changed = await CallAsync("set_root_cause", new()
        {
            ["id"] = id, ["text"] = "The developer carelessly leaked connections; he should have tested it.",
        });
        var after = await CallAsync("get_postmortem", new() { ["id"] = id });

        Assert.Contains("was published", changed.GetProperty("notices")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("in_review", after.GetProperty("postmortem").GetProperty("status").GetString());
        await CallAsync("set_review_status", new() { ["id"] = id, ["status"] = "approved" }, expectError: true);
    }

    [Fact]
    public async Task UpdateActionItem_DoneOnPublished_StaysPublished()
    {
        var id = await CreateReadyAsync();
        foreach (var status in new[] { "in_review", "approved", "published" })
        {
            await CallAsync("set_review_status", new() { ["id"] = id, ["status"] = status });
        }

        var changed = await CallAsync("update_action_item", new() { ["id"] = id, ["item_id"] = "ai-1", ["status"] = "done" });
        var after = await CallAsync("get_postmortem", new() { ["id"] = id });

        Assert.Equal(0, changed.GetProperty("notices").GetArrayLength());
        Assert.Equal("published", after.GetProperty("postmortem").GetProperty("status").GetString());
    }

    [Fact]
    public async Task RecordReviewThenCheck_RecordedItemsPass()
    {
        var id = await CreateAsync();

        await CallAsync("record_review", new()
        {
            ["id"] = id,
            ["meeting_held"] = "2025-07-11",
            ["shared_with"] = "#eng-incidents",
            ["follow_up_date"] = Day(30),
        });
        var check = await CallAsync("check_postmortem", new() { ["id"] = id });

        var recorded = check.GetProperty("checklist").EnumerateArray()
            .Where(i => i.GetProperty("source").GetString() == "recorded")
            .ToList();
        Assert.Equal(3, recorded.Count);
        Assert.All(recorded, i => Assert.True(i.GetProperty("passed").GetBoolean()));
    }

    [Theory]
    [InlineData("github", "issues.json")]
    [InlineData("jira_csv", "jira.csv")]
    [InlineData("markdown", "actions.md")]
    public async Task ExportActionItems_Format_WritesFileBesidePostmortem(string format, string extension)
    {
        var id = await CreateAsync();
        await CallAsync("add_action_item", new()
        {
            ["id"] = id,
            ["action"] = "Add a canary stage that pushes edge config to 2 PoPs first",
            ["owner"] = "Edge platform lead",
            ["due_date"] = "2025-07-23",
            ["priority"] = "P1",
            ["class"] = "prevent",
        });

        var export = await CallAsync("export_action_items", new() { ["id"] = id, ["format"] = format });

        var path = export.GetProperty("path").GetString()!;
        Assert.Equal(Path.Combine(_directory, $"{id}.{extension}"), path);
        Assert.Equal(export.GetProperty("content").GetString(), await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal(["ai-1"], export.GetProperty("item_ids").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task PostmortemStatsAndRelated_TwoPostmortems_CountedAndCompared()
    {
        var first = await CreateAsync("Payout batches failed on an expired certificate");
        await CreateAsync("Bank handshake failed on an expired certificate");

        var stats = await CallAsync("postmortem_stats", []);
        var related = await CallAsync("find_related_postmortems", new() { ["id"] = first });

        Assert.Equal(2, stats.GetProperty("postmortems").GetInt32());
        Assert.Equal(1, related.GetProperty("compared").GetInt32());
    }

    [Fact]
    public async Task PostmortemStats_SinceAfterUntil_RefusedNamingBoth()
    {
        var refused = await CallAsync("postmortem_stats", new() { ["since"] = "2026-09-01", ["until"] = "2026-01-01" },
            expectError: true);

        Assert.Contains("'since' (2026-09-01) is after 'until' (2026-01-01)", ToolCalls.Text(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatsAndList_UnreadableFile_ReportedAsNotice()
    {
        await CreateAsync();
        await File.WriteAllTextAsync(Path.Combine(_directory, "2025-01-01-broken.json"), "{ not json",
            TestContext.Current.CancellationToken);

        var stats = await CallAsync("postmortem_stats", []);
        var list = await CallAsync("list_postmortems", []);

        Assert.Equal(1, stats.GetProperty("postmortems").GetInt32());
        Assert.StartsWith("Skipped 2025-01-01-broken.json", stats.GetProperty("notices")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Skipped 2025-01-01-broken.json", list.GetProperty("notices")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordReview_MeetingInTheFuture_Refused()
    {
        var id = await CreateAsync();

        var refused = await CallAsync("record_review", new() { ["id"] = id, ["meeting_held"] = Day(5) }, expectError: true);

        Assert.Contains("is in the future", ToolCalls.Text(refused), StringComparison.Ordinal);
    }

    // A postmortem that passes every checklist item, built through the tools; dates follow the real
    // clock because the server judges follow-up and meeting dates against today.
    private async Task<string> CreateReadyAsync()
    {
        var id = await CreateAsync();
        await CallAsync("add_timeline_events", new()
        {
            ["id"] = id,
            ["events"] = new object[]
            {
                new { time = "14:00", description = "The config push reached every PoP.", kind = "started" },
                new { time = "14:03", description = "The 5xx alert fired.", kind = "detected" },
                new { time = "14:10", description = "The push was rolled back.", kind = "mitigated" },
                new { time = "14:30", description = "Error rates were back to normal.", kind = "resolved" },
            },
        });
        await CallAsync("set_root_cause", new() { ["id"] = id, ["text"] = "The validator accepted an empty origin pool." });
        await CallAsync("add_contributing_factor", new()
        {
            ["id"] = id, ["title"] = "No staged rollout for config", ["points"] = new JsonArray("Config went to all PoPs at once."),
        });
        await CallAsync("add_action_item", new()
        {
            ["id"] = id, ["action"] = "Add a canary stage that pushes edge config to 2 PoPs first",
            ["owner"] = "Edge platform lead", ["due_date"] = Day(30), ["class"] = "prevent",
        });
        await CallAsync("set_section_items", new()
        {
            ["id"] = id, ["section"] = "lessons_learned", ["items"] = new JsonArray("Config changes need staged rollout."),
        });
        await CallAsync("record_review", new()
        {
            ["id"] = id, ["meeting_held"] = Day(0), ["shared_with"] = "#eng-incidents", ["follow_up_date"] = Day(30),
        });
        return id;
    }

    private static string Day(int fromToday) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<string> CreateAsync(string title = "Edge 502s after a config push")
    {
        var created = await CallAsync("create_postmortem", new()
        {
            ["title"] = title,
            ["incident_date"] = "2025-07-09",
            ["severity"] = "SEV1",
        });
        return created.GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> CallAsync(string tool, Dictionary<string, object?> arguments)
    {
        var result = await CallAsync(tool, arguments, expectError: false);
        return JsonSerializer.SerializeToElement(result.StructuredContent);
    }

    private async Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?> arguments, bool expectError)
    {
        var result = await _client!.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(expectError, result.IsError ?? false);
        return result;
    }
}
