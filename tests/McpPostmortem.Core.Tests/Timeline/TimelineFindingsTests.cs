using McpPostmortem.Linting;
using McpPostmortem.Model;
using McpPostmortem.Tests.TestSupport;
using McpPostmortem.Timeline;

namespace McpPostmortem.Tests.Timeline;

public sealed class TimelineFindingsTests
{
    private static Postmortem Edge() => IncidentChartTests.ScenarioPostmortem("edge-config-push");

    [Fact]
    public void Check_DetectedBeforeStarted_OrderErrorOnTheEvents()
    {
        var postmortem = Samples.Minimal() with
        {
            Timeline =
            [
                Samples.Event("ev-1", "2025-07-09T12:30:00Z", EventKind.Detected),
                Samples.Event("ev-2", "2025-07-09T12:32:00Z", EventKind.Started),
            ],
        };

        var finding = Assert.Single(TimelineFindings.Check(postmortem));

        Assert.Equal("timeline/milestone-order", finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("timeline", finding.Location.Section);
        Assert.Equal("ev-2", finding.Location.ItemId);
        Assert.Contains("started <= detected", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mitigated", "resolved")]
    [InlineData("detected", "acknowledged")]
    [InlineData("started", "mitigated")]
    public void Check_EachOrderRuleBroken_Reported(string earlier, string later)
    {
        var postmortem = Samples.Minimal() with
        {
            Timeline =
            [
                Samples.Event("ev-1", "2025-07-09T12:00:00Z", Serialization.EnumNames.Parse<EventKind>(later)!.Value),
                Samples.Event("ev-2", "2025-07-09T12:10:00Z", Serialization.EnumNames.Parse<EventKind>(earlier)!.Value),
            ],
        };

        var finding = Assert.Single(TimelineFindings.Check(postmortem), f => f.RuleId == "timeline/milestone-order");

        Assert.Contains($"{earlier} <= {later}", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// With detected and mitigated missing, started is compared with acknowledged and resolved
    /// directly; before, neither pair was checked and TTR came out at -1 h 20 min unflagged.
    /// </summary>
    [Fact]
    public void Check_MiddleMilestonesMissing_SkippedPairsStillChecked()
    {
        var postmortem = Samples.Minimal() with
        {
            Timeline =
            [
                Samples.Event("ev-1", "2025-07-09T09:00:00Z", EventKind.Resolved),
                Samples.Event("ev-2", "2025-07-09T10:10:00Z", EventKind.Acknowledged),
                Samples.Event("ev-3", "2025-07-09T10:20:00Z", EventKind.Started),
            ],
        };

        var messages = TimelineFindings.MilestoneOrder(postmortem).Select(f => f.Message).ToList();

        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.Contains("started <= acknowledged", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("started <= resolved", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MiddleMilestonePresent_OnlyTheNeighbouringPairIsReported()
    {
        var postmortem = Samples.Minimal() with
        {
            Timeline =
            [
                Samples.Event("ev-1", "2025-07-09T09:00:00Z", EventKind.Detected),
                Samples.Event("ev-2", "2025-07-09T09:30:00Z", EventKind.Acknowledged),
                Samples.Event("ev-3", "2025-07-09T10:00:00Z", EventKind.Started),
            ],
        };

        var finding = Assert.Single(TimelineFindings.MilestoneOrder(postmortem));

        Assert.Contains("started <= detected", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'2025-07-10 11:00'", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ScenarioInOrder_NoOrderFinding()
    {
        Assert.DoesNotContain(TimelineFindings.Check(Edge()), f => f.RuleId == "timeline/milestone-order");
    }

    [Theory]
    [InlineData("An outage of 32 minutes hit every PoP.", false)]
    [InlineData("Edge 502s for about half an hour; resolved after 93 min.", false)]
    [InlineData("Edge 502s lasted 25 minutes.", true)]
    [InlineData("Every site behind the edge failed for over 2 hours.", true)]
    public void Check_SummaryDuration_FlaggedOnlyWhenNoMetricFits(string summary, bool flagged)
    {
        var findings = TimelineFindings.Check(Edge() with { Summary = summary });

        var mismatch = findings.Where(f => f.RuleId == "timeline/duration-mismatch").ToList();
        Assert.Equal(flagged, mismatch.Count > 0);
        Assert.All(mismatch, f =>
        {
            Assert.Equal("summary", f.Location.Section);
            Assert.Equal(f.Excerpt, summary.Substring(f.Location.Start, f.Location.Length));
            Assert.Contains("Impact duration = 32 min (mitigated - started)", f.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Check_ImpactDurationWrong_WarningOnImpactDuration()
    {
        var postmortem = Edge() with { Impact = new Impact { Duration = "about 2 hours" } };

        var finding = Assert.Single(TimelineFindings.Check(postmortem), f => f.RuleId == "timeline/duration-mismatch");

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(("impact", "duration"), (finding.Location.Section, finding.Location.Field));
    }

    [Fact]
    public void Check_NoMetrics_NoDurationFinding()
    {
        var postmortem = Samples.Minimal() with { Summary = "Down for 25 minutes." };

        Assert.Empty(TimelineFindings.Check(postmortem));
    }

    [Fact]
    public void Check_DeployShortlyBeforeImpact_NamedAsLikelyTrigger()
    {
        var finding = Assert.Single(TimelineFindings.Check(Edge()), f => f.RuleId == "timeline/deploy-before-impact");

        Assert.Equal("ev-1", finding.Location.ItemId);
        Assert.Contains("48 s before impact started", finding.Message, StringComparison.Ordinal);
        Assert.Contains("CHG-4471", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DeployLongBeforeOrAfterImpact_NotATrigger()
    {
        var postmortem = Samples.Minimal() with
        {
            Timeline =
            [
                Samples.Event("ev-1", "2025-07-09T10:00:00Z", EventKind.Deploy),
                Samples.Event("ev-2", "2025-07-09T12:00:00Z", EventKind.Started),
                Samples.Event("ev-3", "2025-07-09T12:05:00Z", EventKind.Deploy),
            ],
        };

        Assert.DoesNotContain(TimelineFindings.Check(postmortem), f => f.RuleId == "timeline/deploy-before-impact");
    }
}
