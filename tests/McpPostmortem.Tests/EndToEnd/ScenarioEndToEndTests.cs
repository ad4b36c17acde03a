using System.Globalization;
using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.EndToEnd;

/// <summary>
/// Starts the built server as its own process and builds each shared scenario over real stdio, as an
/// agent would, calling every tool the server lists (the test fails on a tool it never called); then
/// reads the rendered Markdown part by part.
/// </summary>
public class ScenarioEndToEndTests
{
    private static readonly string[] LayoutHeadings =
    [
        "## Summary", "## Impact", "## Timeline", "## Root cause", "## Contributing factors",
        "## What went well", "## What went wrong", "## Action items", "## Lessons learned",
        "## Related incidents", "## Prevention", "## Appendix",
    ];

    public static TheoryData<string> Scenarios() => [.. Scenario.Names()];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task BuildScenario_ThroughEveryTool_RendersReferenceLayout(string name)
    {
        var scenario = Scenario.Load(name);
        using var folder = new TempFolder();
        await using var client = await StdioServer.ConnectAsync(folder.Path);
        var tools = new ToolCoverage(client);

        var id = await BuildAsync(tools, scenario);
        await ReviewAsync(tools, id);
        await AcrossPostmortemsAsync(tools, id, scenario);
        var view = await tools.CallOkAsync("get_postmortem", new JsonObject { ["id"] = id });
        var rendered = await tools.CallOkAsync("render_postmortem", new JsonObject { ["id"] = id });

        await tools.AssertEveryToolCalledAsync();
        AssertMetrics(scenario, view);
        AssertStoredTimeline(scenario, view);
        AssertEditsKept(view);
        var path = rendered["path"]!.GetValue<string>();
        Assert.Equal(Path.Combine(folder.Path, id + ".md"), path);
        var markdown = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(rendered["markdown"]!.GetValue<string>(), markdown);
        AssertLayout(scenario, markdown);
        Assert.Contains(DebriefAnswer, markdown, StringComparison.Ordinal);
    }

    private const string DebriefAnswer =
        "The alert named the global error ratio, and the dashboard showed every region failing at once.";

    private const string TrackingLink = "https://tracker.example.com/browse/OPS-101";

    private static async Task<string> BuildAsync(ToolCoverage tools, Scenario scenario)
    {
        var created = await tools.CallOkAsync("create_postmortem", new JsonObject
        {
            ["title"] = scenario.Title,
            ["incident_date"] = scenario.IncidentDate,
            ["severity"] = scenario.Severity,
            ["timezone"] = scenario.TimeZone,
            ["authors"] = new JsonArray(
                new JsonObject { ["name"] = "Review Author", ["role"] = "incident commander" }),
        });
        var id = created["id"]!.GetValue<string>();
        var args = (JsonObject extra) => { extra["id"] = id; return extra; };
        await tools.CallOkAsync("set_header", args(new()
        {
            ["authors"] = new JsonArray(
                new JsonObject { ["name"] = "Review Author", ["role"] = "incident commander" },
                new JsonObject { ["name"] = "Second Author", ["role"] = "SRE" }),
            ["expected_revision"] = created["revision"]!.GetValue<long>(),
        }));

        await BuildTimelineAsync(tools, scenario, id);
        await tools.CallOkAsync("get_postmortem", args(new()));
        await tools.CallOkAsync("set_summary",
            args(new() { ["summary"] = $"{scenario.Title}. Summary for the review." }));
        await tools.CallOkAsync("set_impact",
            args(new() { ["users_affected"] = "See timeline", ["duration"] = "See metrics" }));
        await tools.CallOkAsync("set_root_cause", args(new()
        {
            ["text"] = scenario.ContributingFactors[0],
            ["diff"] = "--- a/config.yaml\n+++ b/config.yaml\n@@ -1 +1 @@\n-limit: 10\n+limit: 100\n",
        }));
        await BuildFactorsAsync(tools, scenario, id);

        var debrief = await tools.Client.GetPromptAsync("debrief_responder",
            new Dictionary<string, object?> { ["id"] = id, ["role"] = "on-call SRE" },
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotEmpty(debrief.Messages);
        await tools.CallOkAsync("add_debrief_notes", args(new()
        {
            ["responder"] = "on-call SRE",
            ["answers"] = new JsonArray(new JsonObject
            {
                ["question"] = "What did you see first when the page arrived?",
                ["answer"] = DebriefAnswer,
            }),
        }));

        (string Section, string Item)[] lists =
        [
            ("went_well", "Responders found the trigger quickly."),
            ("went_wrong", "Detection took longer than the impact allowed."),
            ("lessons_learned", "Alert on the first failure, not the last."),
            ("prevention", "Staged rollouts with automatic halts."),
        ];
        foreach (var (section, item) in lists)
        {
            await tools.CallOkAsync("set_section_items",
                args(new() { ["section"] = section, ["items"] = new JsonArray(item) }));
        }

        await BuildActionItemsAsync(tools, scenario, id);
        await tools.CallOkAsync("add_related_incident",
            args(new() { ["description"] = "An earlier incident with the same trigger.", ["date"] = "2024-10-01" }));
        await tools.CallOkAsync("add_to_appendix", args(new()
        {
            ["communication_log"] = new JsonArray("Status page: Investigating."),
            ["graphs"] = new JsonArray(
                new JsonObject { ["title"] = "Error ratio", ["url"] = "https://grafana.example.com/d/errors" }),
        }));
        return id;
    }

    /// <summary>The scenario's events in one batch, then a pasted note added, edited and removed.</summary>
    private static async Task BuildTimelineAsync(ToolCoverage tools, Scenario scenario, string id)
    {
        // In the order of the chat export, as an agent pasting notes would send them.
        var events = new JsonArray();
        foreach (var e in scenario.Timeline)
        {
            events.Add(new JsonObject
            {
                ["time"] = scenario.AsWritten(e["time"]!.GetValue<string>()),
                ["description"] = e["description"]!.GetValue<string>(),
                ["kind"] = e["kind"]!.GetValue<string>(),
            });
        }

        await tools.CallOkAsync("add_timeline_events", new JsonObject { ["id"] = id, ["events"] = events });
        var first = scenario.Timeline[0]["time"]!.GetValue<string>();
        var pasted = await tools.CallOkAsync("add_timeline_events", new JsonObject
        {
            ["id"] = id,
            ["notes"] = $"ops-bot  {first}  Line pasted twice by mistake.",
        });
        var extra = pasted["item_ids"]!.AsArray().Single()!.GetValue<string>();
        await tools.CallOkAsync("update_timeline_event", new JsonObject
        {
            ["id"] = id,
            ["event_id"] = extra,
            ["description"] = "Edited before removal.",
            ["source"] = "chat",
        });
        var edited = await tools.CallOkAsync("get_postmortem", new JsonObject { ["id"] = id });
        Assert.Contains(edited["postmortem"]!["timeline"]!.AsArray(),
            e => e!["id"]!.GetValue<string>() == extra
                && e["description"]!.GetValue<string>() == "Edited before removal.");
        await tools.CallOkAsync("remove_timeline_event", new JsonObject { ["id"] = id, ["event_id"] = extra });
    }

    /// <summary>One factor per scenario factor; the first gets a second point; a spare one is removed.</summary>
    private static async Task BuildFactorsAsync(ToolCoverage tools, Scenario scenario, string id)
    {
        var ids = new List<string>();
        foreach (var factor in scenario.ContributingFactors.Append("A factor added by mistake."))
        {
            var added = await tools.CallOkAsync("add_contributing_factor", new JsonObject
            {
                ["id"] = id,
                ["title"] = factor,
                ["points"] = new JsonArray("Seen in the timeline."),
            });
            ids.Add(added["item_ids"]![0]!.GetValue<string>());
        }

        await tools.CallOkAsync("update_contributing_factor", new JsonObject
        {
            ["id"] = id,
            ["factor_id"] = ids[0],
            ["points"] = new JsonArray("Seen in the timeline.", "Confirmed in the debrief."),
        });
        await tools.CallOkAsync("remove_contributing_factor", new JsonObject { ["id"] = id, ["factor_id"] = ids[^1] });
    }

    /// <summary>The scenario's action items; the first gets a tracking link; a spare one is removed.</summary>
    private static async Task BuildActionItemsAsync(ToolCoverage tools, Scenario scenario, string id)
    {
        var ids = new List<string>();
        foreach (var item in scenario.ActionItems)
        {
            var added = await tools.CallOkAsync("add_action_item", new JsonObject
            {
                ["id"] = id,
                ["action"] = item["action"]!.GetValue<string>(),
                ["owner"] = item["owner_role"]!.GetValue<string>(),
                ["due_date"] = item["due_date"]!.GetValue<string>(),
                ["priority"] = item["priority"]!.GetValue<string>(),
                ["class"] = item["class"]!.GetValue<string>(),
            });
            ids.Add(added["item_ids"]![0]!.GetValue<string>());
        }

        var spare = await tools.CallOkAsync("add_action_item", new JsonObject
        {
            ["id"] = id,
            ["action"] = "Add an item that the review drops.",
            ["status"] = "candidate",
        });
        await tools.CallOkAsync("update_action_item",
            new JsonObject { ["id"] = id, ["item_id"] = ids[0], ["tracking_link"] = TrackingLink });
        await tools.CallOkAsync("remove_action_item",
            new JsonObject { ["id"] = id, ["item_id"] = spare["item_ids"]![0]!.GetValue<string>() });
    }

    /// <summary>Language, readiness and review: the tools an agent calls once the sections are written.</summary>
    private static async Task ReviewAsync(ToolCoverage tools, string id)
    {
        var lint = await tools.CallOkAsync("lint_postmortem", new JsonObject { ["id"] = id });
        Assert.NotNull(lint["findings"]);
        var draft = await tools.CallOkAsync("lint_text",
            new JsonObject { ["text"] = "The engineer should have checked the config." });
        Assert.NotEmpty(draft["findings"]!.AsArray());

        var check = await tools.CallOkAsync("check_postmortem", new JsonObject { ["id"] = id });
        Assert.NotEmpty(check["checklist"]!.AsArray());
        await tools.CallOkAsync("record_review", new JsonObject
        {
            ["id"] = id,
            ["meeting_held"] = "2025-12-01",
            ["shared_with"] = "#eng-incidents",
            ["follow_up_date"] = "2026-01-15",
        });
        var status = await tools.CallOkAsync("set_review_status",
            new JsonObject { ["id"] = id, ["status"] = "in_review" });
        Assert.Contains("in_review", status["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var templates = await tools.CallOkAsync("list_templates", new JsonObject());
        var names = templates["templates"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("google-sre", names);
        var resource = await tools.Client.ReadResourceAsync("postmortem://templates/default",
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotEmpty(resource.Contents);
        var html = await tools.CallOkAsync("render_postmortem",
            new JsonObject { ["id"] = id, ["template"] = "google-sre", ["format"] = "html" });
        Assert.True(File.Exists(html["path"]!.GetValue<string>()));

        var export = await tools.CallOkAsync("export_action_items",
            new JsonObject { ["id"] = id, ["format"] = "markdown", ["include_tracked"] = true });
        Assert.Contains(TrackingLink, export["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A second postmortem imported from the first's rendered Markdown, compared, counted and deleted.
    /// </summary>
    private static async Task AcrossPostmortemsAsync(ToolCoverage tools, string id, Scenario scenario)
    {
        var markdown = (await tools.CallOkAsync("render_postmortem", new JsonObject { ["id"] = id }))["markdown"]!;
        var copyId = $"{scenario.IncidentDate}-imported-copy";
        var imported = await tools.CallOkAsync("import_postmortem",
            new JsonObject { ["markdown"] = markdown.GetValue<string>(), ["id"] = copyId });
        Assert.Equal(copyId, imported["id"]!.GetValue<string>());
        var copy = await tools.CallOkAsync("get_postmortem", new JsonObject { ["id"] = copyId });
        Assert.Equal(scenario.Timeline.Count, copy["postmortem"]!["timeline"]!.AsArray().Count);

        var related = await tools.CallOkAsync("find_related_postmortems", new JsonObject { ["id"] = id });
        Assert.Equal(1, related["compared"]!.GetValue<int>());
        var stats = await tools.CallOkAsync("postmortem_stats", new JsonObject());
        Assert.Equal(2, stats["postmortems"]!.GetValue<int>());

        await tools.CallOkAsync("delete_postmortem", new JsonObject
        {
            ["id"] = copyId,
            ["expected_revision"] = imported["revision"]!.GetValue<long>(),
        });
        var list = await tools.CallOkAsync("list_postmortems", new JsonObject());
        Assert.Equal([id], list["postmortems"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
    }

    /// <summary>The edits of the update tools are in the stored postmortem; the removed items are gone.</summary>
    private static void AssertEditsKept(JsonNode view)
    {
        var postmortem = view["postmortem"]!;
        Assert.Equal(2, postmortem["authors"]!.AsArray().Count);
        Assert.Equal(2, postmortem["contributing_factors"]![0]!["points"]!.AsArray().Count);
        Assert.DoesNotContain(postmortem["contributing_factors"]!.AsArray(),
            f => f!["title"]!.GetValue<string>() == "A factor added by mistake.");
        Assert.Equal(TrackingLink, postmortem["action_items"]![0]!["tracking_link"]!.GetValue<string>());
        Assert.Single(postmortem["debriefs"]!.AsArray());
        Assert.Equal("in_review", postmortem["status"]!.GetValue<string>());
    }

    private static void AssertMetrics(Scenario scenario, JsonNode view)
    {
        var metrics = view["metrics"]!.AsArray()
            .ToDictionary(m => m!["key"]!.GetValue<string>(), m => m!["minutes"]);
        foreach (var (key, expected) in scenario.Expected["metrics"]!.AsObject())
        {
            var actual = metrics[key];
            if (expected is null)
            {
                Assert.Null(actual);
            }
            else
            {
                Assert.Equal(expected.GetValue<double>(), Math.Round(actual!.GetValue<double>(), 2));
            }
        }
    }

    private static void AssertStoredTimeline(Scenario scenario, JsonNode view)
    {
        var stored = view["postmortem"]!["timeline"]!.AsArray()
            .Select(e => DateTimeOffset.Parse(e!["time"]!.GetValue<string>(), CultureInfo.InvariantCulture))
            .ToList();
        var expected = scenario.Timeline
            .Select(e => DateTimeOffset.Parse(e["time"]!.GetValue<string>(), CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(expected, stored);
    }

    private static void AssertLayout(Scenario scenario, string markdown)
    {
        Assert.StartsWith($"# Postmortem: {scenario.Title}\n", markdown, StringComparison.Ordinal);
        var positions = LayoutHeadings
            .Select(h => markdown.IndexOf("\n" + h + "\n", StringComparison.Ordinal))
            .ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);

        var lines = markdown.Split('\n');
        var timelineRows = Section(lines, "## Timeline")
            .Where(l => l.StartsWith("| 20", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(scenario.Timeline.Count, timelineRows.Count);
        var times = timelineRows.Select(r => r.Split('|')[1].Trim()).ToList();
        Assert.Equal(times.Order(StringComparer.Ordinal), times);

        var itemRows = Section(lines, "## Action items")
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Skip(1)
            .ToList();
        Assert.Equal(scenario.ActionItems.Count, itemRows.Count);
        foreach (var (row, item) in itemRows.Zip(scenario.ActionItems))
        {
            var cells = row.Split('|').Select(c => c.Trim()).ToArray();
            var action = item["action"]!.GetValue<string>();
            Assert.Equal(row == itemRows[0] ? $"{action} ([ticket]({TrackingLink}))" : action, cells[1]);
            Assert.Equal(item["owner_role"]!.GetValue<string>(), cells[2]);
            Assert.Equal(item["due_date"]!.GetValue<string>(), cells[3]);
            Assert.Equal(item["priority"]!.GetValue<string>(), cells[4]);
        }
    }

    private static IEnumerable<string> Section(string[] lines, string heading) =>
        lines.SkipWhile(l => l != heading).Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
}
