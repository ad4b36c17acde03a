using McpPostmortem.Errors;
using McpPostmortem.Timeline;

namespace McpPostmortem.Tests.Timeline;

public sealed class EventTimeParserTests
{
    private static readonly DateOnly IncidentDate = new(2025, 7, 9);
    private static readonly TimeZoneInfo Berlin = IncidentZone.Find("Europe/Berlin");

    [Theory]
    [InlineData("2025-07-09T14:31:12+02:00", "2025-07-09T12:31:12Z", "+02:00")]
    [InlineData("2025-07-09T12:31:12Z", "2025-07-09T12:31:12Z", "+00:00")]
    [InlineData("2025-07-09T12:31:12.500Z", "2025-07-09T12:31:12.5Z", "+00:00")]
    [InlineData("2025-07-09T09:31-03:00", "2025-07-09T12:31:00Z", "-03:00")]
    [InlineData("14:32", "2025-07-09T12:32:00Z", "+02:00")]
    [InlineData("9:05", "2025-07-09T07:05:00Z", "+02:00")]
    [InlineData("2:45 PM", "2025-07-09T12:45:00Z", "+02:00")]
    [InlineData("2:45pm", "2025-07-09T12:45:00Z", "+02:00")]
    [InlineData("12:10 AM", "2025-07-08T22:10:00Z", "+02:00")]
    [InlineData("3 PM", "2025-07-09T13:00:00Z", "+02:00")]
    [InlineData("14:32:05", "2025-07-09T12:32:05Z", "+02:00")]
    [InlineData("2025-07-10 00:15", "2025-07-09T22:15:00Z", "+02:00")]
    [InlineData("14:32 UTC", "2025-07-09T14:32:00Z", "+00:00")]
    [InlineData("14:32Z", "2025-07-09T14:32:00Z", "+00:00")]
    [InlineData("14:32 GMT", "2025-07-09T14:32:00Z", "+00:00")]
    [InlineData("14:32 +05:30", "2025-07-09T09:02:00Z", "+05:30")]
    [InlineData("14:32 UTC+2", "2025-07-09T12:32:00Z", "+02:00")]
    [InlineData("14:32 America/Chicago", "2025-07-09T19:32:00Z", "-05:00")]
    [InlineData("2:32 PM PDT", "2025-07-09T21:32:00Z", "-07:00")]
    [InlineData("14:32 CEST", "2025-07-09T12:32:00Z", "+02:00")]
    [InlineData("2025-07-09 14:32 Asia/Kolkata", "2025-07-09T09:02:00Z", "+05:30")]
    public void Parse_WrittenForms_GiveUtcAndOffset(string text, string expectedUtc, string expectedOffset)
    {
        var parsed = EventTimeParser.Parse(text, IncidentDate, Berlin);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), parsed.Utc);
        Assert.Equal(expectedOffset, EventTimeParser.Offset(parsed.Offset));
        Assert.Equal(text, parsed.Original);
    }

    [Theory]
    [InlineData("14:32", true)]
    [InlineData("14:32 UTC", true)]
    [InlineData("2025-07-09 14:32", false)]
    [InlineData("2025-07-09T14:32:00Z", false)]
    public void Read_DateOrNot_SaysWhetherDateless(string text, bool dateless)
    {
        Assert.Equal(dateless, EventTimeParser.Read(text).IsDateless);
    }

    [Theory]
    [InlineData("14:32 IST", "India Standard Time")]
    [InlineData("9:15 AM CST", "China Standard Time")]
    [InlineData("14:32 BST", "Bangladesh")]
    public void Parse_AmbiguousAbbreviation_RefusedSayingWhyAndWhatToWrite(string text, string mentioned)
    {
        var error = Assert.Throws<PostmortemException>(() => EventTimeParser.Parse(text, IncidentDate, Berlin));

        Assert.Contains("ambiguous", error.Message, StringComparison.Ordinal);
        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
        Assert.Contains("IANA zone or the offset", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("25:00")]
    [InlineData("14:61")]
    [InlineData("13:00 PM")]
    [InlineData("14")]
    [InlineData("14:32 XYZ")]
    [InlineData("14:32 Mars/Olympus")]
    [InlineData("2025-13-01 10:00")]
    public void Parse_NotATime_RefusedWithExample(string text)
    {
        var error = Assert.Throws<PostmortemException>(
            () => EventTimeParser.Parse(text, IncidentDate, Berlin, "events[0].time"));

        Assert.Contains("events[0].time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LocalTimeSkippedBySpringForward_Refused()
    {
        var error = Assert.Throws<PostmortemException>(
            () => EventTimeParser.Parse("02:30", new DateOnly(2025, 3, 30), Berlin));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("explicit offset", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LocalTimeRepeatedByFallBack_RefusedNamingBothOffsets()
    {
        var error = Assert.Throws<PostmortemException>(
            () => EventTimeParser.Parse("2025-10-26 02:30", IncidentDate, Berlin));

        Assert.Contains("happens twice", error.Message, StringComparison.Ordinal);
        Assert.Contains("+02:00", error.Message, StringComparison.Ordinal);
        Assert.Contains("+01:00", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-10-26T02:30:00+02:00", "2025-10-26T00:30:00Z")]
    [InlineData("2025-10-26T02:30:00+01:00", "2025-10-26T01:30:00Z")]
    [InlineData("2025-03-30T01:59:00Z", "2025-03-30T01:59:00Z")]
    public void Parse_DaylightSavingEdgeWithExplicitOffset_Exact(string text, string expectedUtc)
    {
        var parsed = EventTimeParser.Parse(text, IncidentDate, Berlin);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), parsed.Utc);
    }

    [Fact]
    public void Parse_JustAroundSpringForward_ReadInTheRightOffset()
    {
        var before = EventTimeParser.Parse("01:59", new DateOnly(2025, 3, 30), Berlin);
        var after = EventTimeParser.Parse("03:00", new DateOnly(2025, 3, 30), Berlin);

        Assert.Equal(TimeSpan.FromHours(1), before.Offset);
        Assert.Equal(TimeSpan.FromHours(2), after.Offset);
        Assert.Equal(TimeSpan.FromMinutes(1), after.Utc - before.Utc);
    }

    [Fact]
    public void Parse_NewYorkSpringForwardGap_ExamplesUseThatDateAndItsOffsets()
    {
        var error = Assert.Throws<PostmortemException>(() => EventTimeParser.Parse(
            "02:30", new DateOnly(2025, 3, 9), IncidentZone.Find("America/New_York")));

        Assert.Contains("'2025-03-09T02:30:00-05:00'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'2025-03-09T02:30:00-04:00'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-03-30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RepeatedHour_ExamplesGiveBothReadingsOfThatTime()
    {
        var error = Assert.Throws<PostmortemException>(() => EventTimeParser.Parse(
            "1:30 AM", new DateOnly(2025, 11, 2), IncidentZone.Find("America/New_York")));

        Assert.Contains("'2025-11-02T01:30:00-04:00' for the first", error.Message, StringComparison.Ordinal);
        Assert.Contains("'2025-11-02T01:30:00-05:00' for the second", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9:15 AM CST", "'9:15 AM America/Chicago'", "'9:15 AM Asia/Shanghai'")]
    [InlineData("14:32 BST", "'14:32 Europe/London'", "'14:32 Asia/Dhaka'")]
    public void Parse_AmbiguousAbbreviation_ExamplesAreItsOwnZonesAtTheWrittenTime(
        string text, string first, string second)
    {
        var error = Assert.Throws<PostmortemException>(() => EventTimeParser.Parse(text, IncidentDate, Berlin));

        Assert.Contains(first, error.Message, StringComparison.Ordinal);
        Assert.Contains(second, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Asia/Kolkata", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("14:32 EST", "2025-10-14", "America/New_York", "'14:32 EDT'")]
    [InlineData("14:32 PST", "2025-10-14", "America/New_York", "'14:32 PDT'")]
    [InlineData("14:32 CET", "2025-07-09", "Europe/Berlin", "'14:32 CEST'")]
    [InlineData("14:32 EST", "2025-01-14", "America/New_York", "")]
    [InlineData("14:32 MST", "2025-07-09", "America/Phoenix", "")]
    [InlineData("14:32 UTC", "2025-07-09", "Europe/Berlin", "")]
    public void Parse_AbbreviationOutOfSeason_ReadAsWrittenWithNotice(
        string text, string date, string zone, string suggestion)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var written = TimeSpan.FromHours(text.EndsWith("UTC", StringComparison.Ordinal) ? 0
            : ZoneAbbreviations.Find(text[6..])!.Offset!.Value.TotalHours);

        var parsed = EventTimeParser.Parse(text, day, IncidentZone.Find(zone), "events[0].time");

        Assert.Equal(written, parsed.Offset);
        if (suggestion.Length == 0)
        {
            Assert.Equal("", parsed.Notice);
        }
        else
        {
            Assert.Contains("not in effect", parsed.Notice, StringComparison.Ordinal);
            Assert.Contains(suggestion, parsed.Notice, StringComparison.Ordinal);
            Assert.StartsWith("events[0].time", parsed.Notice, StringComparison.Ordinal);
        }
    }
}
