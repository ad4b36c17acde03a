using McpPostmortem.Model;
using McpPostmortem.Tests.TestSupport;
using McpPostmortem.Timeline;

namespace McpPostmortem.Tests.Timeline;

public sealed class IncidentMetricsTests
{
    [Theory]
    [InlineData(0, "0 min")]
    [InlineData(0.8, "48 s")]
    [InlineData(25, "25 min")]
    [InlineData(93, "1 h 33 min")]
    [InlineData(1025, "17 h 5 min")]
    [InlineData(1500, "1 d 1 h 0 min")]
    [InlineData(-3, "-3 min")]
    public void FormatDuration_Minutes_ReadableText(double minutes, string expected)
    {
        Assert.Equal(expected, IncidentMetrics.FormatDuration(minutes));
    }

    [Fact]
    public void Compute_MissingMilestones_NamedAndNeverGuessed()
    {
        var timeline = new[]
        {
            Samples.Event("ev-1", "2025-07-09T12:00:00Z", EventKind.Detected),
            Samples.Event("ev-2", "2025-07-09T12:04:00Z", EventKind.Acknowledged),
        };

        var metrics = IncidentMetrics.Compute(timeline).ToDictionary(m => m.Key);

        Assert.Equal(4, metrics["time_to_acknowledge"].Minutes);
        Assert.Equal("acknowledged - detected", metrics["time_to_acknowledge"].Formula);
        Assert.Null(metrics["time_to_detect"].Minutes);
        Assert.Equal("n/a (missing started)", metrics["time_to_detect"].Display);
        Assert.Equal("n/a (missing started and mitigated)", metrics["impact_duration"].Display);
        Assert.Equal("mitigated - started", metrics["impact_duration"].Formula);
    }

    [Fact]
    public void Compute_MilestonesOutOfOrder_NegativeValueMarkedInvalid()
    {
        var timeline = new[]
        {
            Samples.Event("ev-1", "2025-07-09T12:00:00Z", EventKind.Detected),
            Samples.Event("ev-2", "2025-07-09T12:20:00Z", EventKind.Started),
        };

        var detect = IncidentMetrics.Compute(timeline).Single(m => m.Key == "time_to_detect");

        Assert.Equal(-20, detect.Minutes);
        Assert.Equal("-20 min (invalid: detected is before started)", detect.Display);
    }

    [Fact]
    public void Compute_BothMilestonesMissing_NamesBoth()
    {
        var timeline = new[] { Samples.Event("ev-1", "2025-07-09T12:00:00Z", EventKind.Started) };

        var acknowledge = IncidentMetrics.Compute(timeline).Single(m => m.Key == "time_to_acknowledge");

        Assert.Equal("n/a (missing detected and acknowledged)", acknowledge.Display);
    }
}
