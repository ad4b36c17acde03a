using System.Globalization;
using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;
using ModelContextProtocol.Client;

namespace McpPostmortem.Server.Tests.EndToEnd;

/// <summary>
/// Starts the built server as its own process and builds each shared scenario through every tool
/// over real stdio, as an agent would; then reads the rendered Markdown part by part.
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

        var id = await BuildAsync(client, scenario);
        var view = await client.CallOkAsync("get_postmortem", new JsonObject { ["id"] = id });
        var rendered = await client.CallOkAsync("render_postmortem", new JsonObject { ["id"] = id });

        AssertMetrics(scenario, view);
        AssertStoredTimeline(scenario, view);
        var path = rendered["path"]!.GetValue<string>();
        Assert.Equal(Path.Combine(folder.Path, id + ".md"), path);
        var markdown = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(rendered["markdown"]!.GetValue<string>(), markdown);
        AssertLayout(scenario, markdown);
    }

    private static async Task<string> BuildAsync(McpClient client, Scenario scenario)
    {
        var created = await client.CallOkAsync("create_postmortem", new JsonObject
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

        await client.CallOkAsync("add_timeline_events", args(new() { ["events"] = events }));
        await client.CallOkAsync("set_summary",
            args(new() { ["summary"] = $"{scenario.Title}. Summary for the review." }));
        await client.CallOkAsync("set_impact",
            args(new() { ["users_affected"] = "See timeline", ["duration"] = "See metrics" }));
        await client.CallOkAsync("set_root_cause", args(new() { ["text"] = scenario.ContributingFactors[0] }));
        foreach (var factor in scenario.ContributingFactors)
        {
            await client.CallOkAsync("add_contributing_factor", args(new()
            {
                ["title"] = factor,
                ["points"] = new JsonArray("Seen in the timeline."),
            }));
        }

        foreach (var item in scenario.ActionItems)
        {
            await client.CallOkAsync("add_action_item", args(new()
            {
                ["action"] = item["action"]!.GetValue<string>(),
                ["owner"] = item["owner_role"]!.GetValue<string>(),
                ["due_date"] = item["due_date"]!.GetValue<string>(),
                ["priority"] = item["priority"]!.GetValue<string>(),
                ["class"] = item["class"]!.GetValue<string>(),
            }));
        }

        (string Section, string Item)[] lists =
        [
            ("went_well", "Responders found the trigger quickly."),
            ("went_wrong", "Detection took longer than the impact allowed."),
            ("lessons_learned", "Alert on the first failure, not the last."),
            ("prevention", "Staged rollouts with automatic halts."),
        ];
        foreach (var (section, item) in lists)
        {
            await client.CallOkAsync("set_section_items",
                args(new() { ["section"] = section, ["items"] = new JsonArray(item) }));
        }

        await client.CallOkAsync("add_related_incident",
            args(new() { ["description"] = "An earlier incident with the same trigger.", ["date"] = "2024-10-01" }));
        await client.CallOkAsync("add_to_appendix",
            args(new() { ["communication_log"] = new JsonArray("Status page: Investigating.") }));
        return id;
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
            Assert.Equal(item["action"]!.GetValue<string>(), cells[1]);
            Assert.Equal(item["owner_role"]!.GetValue<string>(), cells[2]);
            Assert.Equal(item["due_date"]!.GetValue<string>(), cells[3]);
            Assert.Equal(item["priority"]!.GetValue<string>(), cells[4]);
        }
    }

    private static IEnumerable<string> Section(string[] lines, string heading) =>
        lines.SkipWhile(l => l != heading).Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
}
