using McpPostmortem.Analysis;
using McpPostmortem.Model;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Analysis;

public sealed class PostmortemStatsTests
{
    private static readonly DateOnly Today = new(2025, 9, 1);

    [Theory]
    [InlineData(new double[] { 5 }, 0.5, 5)]
    [InlineData(new double[] { 1, 2, 3, 4 }, 0.5, 2.5)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.9, 9.1)]
    [InlineData(new double[] { 10, 20 }, 0.9, 19)]
    public void Percentile_SortedValues_LinearInterpolation(double[] values, double fraction, double expected)
    {
        Assert.Equal(expected, PostmortemStats.Percentile(values, fraction), precision: 9);
    }

    [Fact]
    public void Compute_ScenarioPostmortems_MedianMetricsMatchExpected()
    {
        var postmortems = Scenarios.Names.Select(Scenarios.Postmortem).ToList();
        var expectedDetect = Scenarios.Names
            .Select(n => Scenarios.Read(n).GetProperty("expected").GetProperty("metrics").GetProperty("time_to_detect").GetDouble())
            .Order()
            .ToList();

        var stats = PostmortemStats.Compute(postmortems, Today);

        var detect = stats.Metrics.Single(m => m.Key == "time_to_detect");
        Assert.Equal(3, detect.Count);
        Assert.Equal(expectedDetect[1], detect.MedianMinutes);
        Assert.Equal("detected - started", detect.Formula);
        Assert.Equal(2, stats.BySeverity.Single(s => s.Severity == Severity.Sev1).Count);
        Assert.Equal(1, stats.BySeverity.Single(s => s.Severity == Severity.Sev2).Count);
        Assert.Equal(5, stats.BySeverity.Count);
    }

    [Fact]
    public void Compute_MissingMilestones_CountedAsMissingNotGuessed()
    {
        var stats = PostmortemStats.Compute([Samples.Minimal()], Today);

        Assert.All(stats.Metrics, m =>
        {
            Assert.Equal(0, m.Count);
            Assert.Equal(1, m.Missing);
            Assert.Null(m.MedianMinutes);
            Assert.Equal("n/a", m.Median);
        });
    }

    [Fact]
    public void Compute_ActionItems_OpenAndOverdueByOwnerCandidatesApart()
    {
        var a = Samples.Minimal("2025-07-01-a") with
        {
            ActionItems =
            [
                Item("ai-1", "SRE", new DateOnly(2025, 8, 1), ActionItemStatus.Open),
                Item("ai-2", "sre", new DateOnly(2025, 10, 1), ActionItemStatus.InProgress),
                Item("ai-3", "SRE", new DateOnly(2025, 7, 1), ActionItemStatus.Done),
                Item("ai-4", "", null, ActionItemStatus.Candidate),
            ],
        };
        var b = Samples.Minimal("2025-07-02-b") with
        {
            ActionItems = [Item("ai-1", "Observability lead", new DateOnly(2025, 7, 15), ActionItemStatus.Open)],
        };

        var stats = PostmortemStats.Compute([a, b], Today);

        Assert.Equal(3, stats.OpenActionItems);
        Assert.Equal(2, stats.OverdueActionItems);
        Assert.Equal(1, stats.CandidateActionItems);
        var sre = stats.ActionItemsByOwner.Single(o => o.Owner.Equals("SRE", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, sre.Open);
        Assert.Equal(1, sre.Overdue);
        Assert.Equal(["2025-07-01-a#ai-1"], sre.OverdueItems);
        var unassigned = stats.ActionItemsByOwner.Single(o => o.Owner == "(unassigned)");
        Assert.Equal(0, unassigned.Open);
        Assert.Equal(1, unassigned.Candidates);
    }

    [Fact]
    public void Compute_FactorCategories_RankedByPostmortemsThenFactors()
    {
        static ContributingFactor F(string id, string category) => new() { Id = id, Title = "T", Category = category };
        var a = Samples.Minimal("2025-07-01-a") with { ContributingFactors = [F("cf-1", "Monitoring"), F("cf-2", "monitoring"), F("cf-3", "testing")] };
        var b = Samples.Minimal("2025-07-02-b") with { ContributingFactors = [F("cf-1", "testing"), F("cf-2", "deployment")] };
        var c = Samples.Minimal("2025-07-03-c") with { ContributingFactors = [F("cf-1", "monitoring")] };

        var stats = PostmortemStats.Compute([a, b, c], Today, topCategories: 2);

        Assert.Equal(
            [new CategoryCount("monitoring", 2, 3), new CategoryCount("testing", 2, 2)],
            stats.RecurringCategories);
    }

    private static ActionItem Item(string id, string owner, DateOnly? due, ActionItemStatus status) => new()
    {
        Id = id,
        Action = "Add a check",
        Owner = owner,
        DueDate = due,
        Status = status,
    };
}
