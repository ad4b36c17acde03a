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
        Assert.Contains("dateFormat YYYY-MM-DD HH:mm:ss", chart, StringComparison.Ordinal);
        Assert.Contains($"(times {postmortem.TimeZone})", chart, StringComparison.Ordinal);
        foreach (var milestone in postmortem.Timeline.Where(e => e.Kind <= EventKind.Resolved))
        {
            var local = TimeZoneInfo.ConvertTime(milestone.Time, IncidentZone.Find(postmortem.TimeZone));
            Assert.Contains($":milestone, m", chart, StringComparison.Ordinal);
            Assert.Contains(local.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                chart, StringComparison.Ordinal);
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

        Assert.Contains("Undetected (started to detected) :p1, 2025-07-09 14:00:00, 2025-07-09 14:07:00", chart,
            StringComparison.Ordinal);
        Assert.DoesNotContain(":crit", chart, StringComparison.Ordinal);
        Export("partial.md", chart);
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
