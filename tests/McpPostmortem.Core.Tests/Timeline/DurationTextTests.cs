using McpPostmortem.Timeline;

namespace McpPostmortem.Tests.Timeline;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("an outage of 25 minutes", 25, 25, true)]
    [InlineData("an outage of 25 minutes", 32, 25, false)]
    [InlineData("about 2 hours", 110, 120, true)]
    [InlineData("about 2 hours", 150, 120, false)]
    [InlineData("15h30m", 930, 930, true)]
    [InlineData("93 min", 93, 93, true)]
    [InlineData("93 min", 95, 93, false)]
    [InlineData("over 15 hours", 930, 900, true)]
    [InlineData("over 15 hours", 840, 900, false)]
    [InlineData("under 10 minutes", 4, 10, true)]
    [InlineData("an hour", 60, 60, true)]
    [InlineData("a 32-minute outage", 32, 32, true)]
    [InlineData("1 h 33 min", 93, 93, true)]
    [InlineData("2 days", 2880, 2880, true)]
    [InlineData("retries stay silent for 12h", 720, 720, true)]
    [InlineData("three quarters of an hour", 45, 45, true)]
    [InlineData("three-quarters of an hour", 60, 45, false)]
    [InlineData("a quarter of an hour", 15, 15, true)]
    [InlineData("2,730 seconds", 45.5, 45.5, true)]
    [InlineData("an hour and a half", 90, 90, true)]
    [InlineData("one and a half hours", 90, 90, true)]
    [InlineData("two hours", 120, 120, true)]
    [InlineData("forty-five minutes", 45, 45, true)]
    public void Find_WrittenDuration_RangeAllowsMeasured(string text, double measured, double minutes, bool allowed)
    {
        var duration = Assert.Single(DurationText.Find(text));

        Assert.Equal(minutes, duration.Minutes);
        Assert.Equal(allowed, duration.Allows(measured));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,840 orders on 240 PoPs, 5xx at 38.4%")]
    [InlineData("P1 due 2025-02-21, SEV-1 at 14:32")]
    [InlineData("502s from every PoP in the 1990s")]
    [InlineData("most of an hour")]
    [InlineData("the bulk of a day")]
    public void Find_NoDuration_Empty(string text)
    {
        Assert.Empty(DurationText.Find(text));
    }
}
