using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Tests.TestSupport;
using McpPostmortem.Timeline;

namespace McpPostmortem.Tests.Timeline;

public sealed class IncidentChartTests
{
    /// <summary>
    /// When set, the rendered documents are written there for .ci/mermaid-check.sh, which renders
    /// every Mermaid block with the Mermaid library in headless Chromium.
    /// </summary>
    private const string ExportVariable = "MERMAID_EXPORT_DIR";

    public static TheoryData<string> Scenarios() => [.. IncidentScenario.Names];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Render_Scenario_DrawsEveryMilestoneAndIsInTheDocument(string name)
    {
        var postmortem = ScenarioPostmortem(name);

        var chart = IncidentChart.Render(postmortem);
        var document = PostmortemRenderer.Render(postmortem);

        Assert.StartsWith("```mermaid\ngantt\n", chart, StringComparison.Ordinal);
        Assert.Contains("dateFormat x\n", chart, StringComparison.Ordinal);
        Assert.Contains($"(bars to scale, times {postmortem.TimeZone})", chart, StringComparison.Ordinal);
        foreach (var milestone in postmortem.Timeline.Where(e => e.Kind <= EventKind.Resolved))
        {
            Assert.Contains($", {milestone.Time.ToUnixTimeMilliseconds()}, 0m\n", chart, StringComparison.Ordinal);
        }

        Assert.Contains(chart, document, StringComparison.Ordinal);
        Export(name + ".md", document);
    }

    [Fact]
    public void Render_HostileUserText_EscapedSoTheChartStaysValid()
    {
        var postmortem = Samples.Minimal() with
        {
            Title = "Outage: 50% of #prod; down %% comment\nsecond line `x`",
            Timeline =
            [
                Samples.Event("ev-1", "2025-07-09T12:00:00Z", EventKind.Deploy, "deploy: v2; #3 %% done"),
                Samples.Event("ev-2", "2025-07-09T12:05:00Z", EventKind.Started),
                Samples.Event("ev-3", "2025-07-09T12:30:00Z", EventKind.Mitigated),
            ],
        };

        var chart = IncidentChart.Render(postmortem);

        var body = chart.Split('\n').Where(l => l.StartsWith("    ", StringComparison.Ordinal)).ToList();
        // The first colon of a task line must be the one that starts its data, never one from the text.
        Assert.All(body.Where(l => l.Contains(" :", StringComparison.Ordinal)),
            l => Assert.Equal(l.IndexOf(" :", StringComparison.Ordinal) + 1, l.IndexOf(':', StringComparison.Ordinal)));
        Assert.DoesNotContain(body, l => l.Contains(';', StringComparison.Ordinal)
            || l.Contains('#', StringComparison.Ordinal) || l.Contains("%%", StringComparison.Ordinal));
        Assert.Equal(2, chart.Split("```").Length - 1);
        Export("hostile-text.md", chart);
    }

    [Fact]
    public void Render_NoMilestones_Empty()
    {
        var postmortem = Samples.Minimal() with
        {
            Timeline = [Samples.Event("ev-1", "2025-07-09T12:00:00Z", EventKind.Note)],
        };

        Assert.Equal("", IncidentChart.Render(postmortem));
    }

    [Fact]
    public void Render_OnlyStartedAndDetected_DrawsOnePhase()
    {
        var postmortem = Samples.Minimal() with
        {
            Timeline =
            [
                Samples.Event("ev-1", "2025-07-09T12:00:00Z", EventKind.Started),
                Samples.Event("ev-2", "2025-07-09T12:07:00Z", EventKind.Detected),
            ],
        };

        var chart = IncidentChart.Render(postmortem);

        Assert.Contains("Undetected 7 min (started to detected) :p1, 1752062400000, 1752062820000", chart,
            StringComparison.Ordinal);
        Assert.Contains("Impact started 14\u223600 :milestone", chart, StringComparison.Ordinal);
        Assert.DoesNotContain(":crit", chart, StringComparison.Ordinal);
        Export("partial.md", chart);
    }

    /// <summary>
    /// New York, night of the fall-back change: the 01:00-02:00 hour happens twice. Wall-clock
    /// text would draw "Undetected" as 15 minutes; the bars must span the true 75.
    /// </summary>
    [Fact]
    public void Render_AcrossFallBack_BarsSpanTrueDurationsAndLabelsCarryOffsets()
    {
        var postmortem = Samples.Minimal() with
        {
            TimeZone = "America/New_York",
            IncidentDate = new DateOnly(2025, 11, 2),
            Timeline =
            [
                Samples.Event("ev-1", "2025-11-02T05:30:00Z", EventKind.Started),
                Samples.Event("ev-2", "2025-11-02T06:45:00Z", EventKind.Detected),
                Samples.Event("ev-3", "2025-11-02T06:50:00Z", EventKind.Acknowledged),
                Samples.Event("ev-4", "2025-11-02T07:20:00Z", EventKind.Mitigated),
                Samples.Event("ev-5", "2025-11-02T08:00:00Z", EventKind.Resolved),
            ],
        };

        var chart = IncidentChart.Render(postmortem);

        var spans = Spans(chart);
        Assert.Equal(75, spans["p1"]);
        Assert.Equal(5, spans["p2"]);
        Assert.Equal(30, spans["p3"]);
        Assert.Equal(40, spans["p4"]);
        Assert.Equal(110, spans["impact"]);
        Assert.Contains("Undetected 1 h 15 min (started to detected)", chart, StringComparison.Ordinal);
        Assert.Contains("Impact started 01\u223630 UTC-04\u223600", chart, StringComparison.Ordinal);
        Assert.Contains("Detected 01\u223645 UTC-05\u223600", chart, StringComparison.Ordinal);
        Export("dst-fall-back.md", chart);
    }

    [Fact]
    public void Render_AcrossSpringForwardAndMidnight_BarsSpanTrueDurationsAndLabelsCarryTheDay()
    {
        var postmortem = Samples.Minimal() with
        {
            TimeZone = "America/New_York",
            IncidentDate = new DateOnly(2025, 3, 8),
            Timeline =
            [
                Samples.Event("ev-1", "2025-03-09T04:40:00Z", EventKind.Started),
                Samples.Event("ev-2", "2025-03-09T04:55:00Z", EventKind.Detected),
                Samples.Event("ev-3", "2025-03-09T05:10:00Z", EventKind.Acknowledged),
                Samples.Event("ev-4", "2025-03-09T06:50:00Z", EventKind.Mitigated),
                Samples.Event("ev-5", "2025-03-09T07:10:00Z", EventKind.Resolved),
            ],
        };

        var chart = IncidentChart.Render(postmortem);

        Assert.Equal(20, Spans(chart)["p4"]);
        Assert.Equal(100, Spans(chart)["p3"]);
        Assert.Contains("Resolved 9 Mar 03\u223610 UTC-04\u223600", chart, StringComparison.Ordinal);
        Assert.Contains("Impact started 8 Mar 23\u223640 UTC-05\u223600", chart, StringComparison.Ordinal);
        Export("dst-spring-forward.md", chart);
    }

    [Theory]
    [InlineData("a:b", "a\u2236b")]
    [InlineData("x; y", "x, y")]
    [InlineData("#1", "\u266F1")]
    [InlineData("50%", "50\u066A")]
    [InlineData("two\nlines", "two lines")]
    public void Escape_MermaidSyntaxCharacters_Replaced(string text, string expected)
    {
        Assert.Equal(expected, IncidentChart.Escape(text));
    }

    /// <summary>Each bar's length in minutes, read back from the chart's millisecond positions.</summary>
    private static Dictionary<string, double> Spans(string chart) =>
        chart.Split('\n')
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @":(?:crit, )?(\w+), (\d+), (\d+)$"))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value,
                m => (long.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)
                    - long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)) / 60_000.0);

    internal static Postmortem ScenarioPostmortem(string name)
    {
        var scenario = IncidentScenario.Load(name);
        var events = TimelineScenarioTests.WrittenLikeAnAgent(scenario);
        return TimelineEditor.Add(scenario.NewPostmortem(), events).Postmortem;
    }

    private static void Export(string fileName, string text)
    {
        var folder = Environment.GetEnvironmentVariable(ExportVariable);
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, fileName), text);
    }
}
