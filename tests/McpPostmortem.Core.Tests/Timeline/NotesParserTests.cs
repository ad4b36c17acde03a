using System.Globalization;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Timeline;

namespace McpPostmortem.Tests.Timeline;

public sealed class NotesParserTests
{
    private static readonly TimeZoneInfo Kolkata = IncidentZone.Find("Asia/Kolkata");
    private static readonly DateOnly IncidentDate = new(2025, 11, 12);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static ParsedNotes Parse(params string[] lines) =>
        NotesParser.Parse(string.Join("\n", lines), IncidentDate, Kolkata);

    [Theory]
    [InlineData("Alertmanager  23:47  [FIRING:1] Two primaries", "2025-11-12T18:17:00Z",
        "Alertmanager: [FIRING:1] Two primaries")]
    [InlineData("Anvesha Rao  11:50 PM  ack. paging the DBA", "2025-11-12T18:20:00Z",
        "Anvesha Rao: ack. paging the DBA")]
    [InlineData("orchestrator-bot  2025-11-12T23:42:31+05:30  promoted b2", "2025-11-12T18:12:31Z",
        "orchestrator-bot: promoted b2")]
    [InlineData("cloud-status  2025-11-12T18:21:00Z  restored", "2025-11-12T18:21:00Z", "cloud-status: restored")]
    [InlineData("23:47 alert fired", "2025-11-12T18:17:00Z", "alert fired")]
    [InlineData("[23:47] alert fired", "2025-11-12T18:17:00Z", "alert fired")]
    [InlineData("23:47 - alert fired", "2025-11-12T18:17:00Z", "alert fired")]
    [InlineData("ana 18:17 UTC  alert fired", "2025-11-12T18:17:00Z", "ana: alert fired")]
    public void Parse_MessageLine_TimeSenderAndText(string line, string expectedUtc, string expectedDescription)
    {
        var note = Assert.Single(Parse(line).Events);

        Assert.Equal(Utc(expectedUtc), note.Time.Utc);
        Assert.Equal(expectedDescription, note.Description);
        Assert.Equal(line, note.OriginalText);
    }

    [Theory]
    [InlineData("PagerDuty  14:35  [Triggered] EdgeHTTP5xxHigh", EventSource.Pager)]
    [InlineData("Lucía  07:49  [Triggered] Manual page", EventSource.Pager)]
    [InlineData("argocd-bot  14:35  synced payments to v42", EventSource.Deploy)]
    [InlineData("Grafana  14:35  panel threshold crossed", EventSource.Dashboard)]
    [InlineData("Rosa Okafor  14:35  declaring SEV-1", EventSource.Chat)]
    public void Parse_SenderOrMarker_InfersSource(string line, EventSource expected)
    {
        Assert.Equal(expected, Assert.Single(Parse(line).Events).Source);
    }

    [Theory]
    [InlineData("── Thursday, 13 November ──")]
    [InlineData("── 13 November ──")]
    [InlineData("--- Thursday ---")]
    [InlineData("=== 2025-11-13 ===")]
    public void Parse_DaySeparator_SetsTheDayOfLaterBareTimes(string separator)
    {
        var notes = Parse("a  23:58  before", separator, "b  00:04  after");

        Assert.Equal(Utc("2025-11-12T18:34:00Z"), notes.Events[1].Time.Utc);
        Assert.DoesNotContain(notes.Notices, n => n.Contains("past midnight", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeparatorWithOrdinalAndNoYear_NearestYearToIncident()
    {
        var notes = NotesParser.Parse("── Saturday, February 8th ──\nx  7:42 AM  first",
            new DateOnly(2025, 2, 8), IncidentZone.Find("America/Chicago"));

        Assert.Equal(Utc("2025-02-08T13:42:00Z"), Assert.Single(notes.Events).Time.Utc);
    }

    [Fact]
    public void Parse_NoSeparatorPastMidnight_NextDayWithNotice()
    {
        var notes = Parse("a  23:58  before", "b  00:04  after");

        Assert.Equal(Utc("2025-11-12T18:34:00Z"), notes.Events[1].Time.Utc);
        Assert.Contains(notes.Notices, n => n.Contains("line 2", StringComparison.Ordinal)
            && n.Contains("2025-11-13", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LineSlightlyOutOfOrder_StaysOnTheSameDay()
    {
        var notes = Parse("a  8:20 AM  status page", "b  08:16  joined");

        Assert.Equal(Utc("2025-11-12T02:46:00Z"), notes.Events[1].Time.Utc);
    }

    [Fact]
    public void Parse_FollowUpList_ContinuesThePreviousMessage()
    {
        var notes = Parse("#inc-1 | Slack export", "Farhan  02:34  draft follow-ups:", "- fence the old primary",
            "- reconcile the orders");

        var note = Assert.Single(notes.Events);
        Assert.Equal("Farhan: draft follow-ups:\n- fence the old primary\n- reconcile the orders", note.Description);
        Assert.Equal("Farhan  02:34  draft follow-ups:\n- fence the old primary\n- reconcile the orders",
            note.OriginalText);
        Assert.Contains(notes.Notices, n => n.Contains("header", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_AmbiguousZoneInLine_RefusedNamingTheLine()
    {
        var error = Assert.Throws<PostmortemException>(() => Parse("x  10:00", "ana 14:35 IST  alert"));

        Assert.Contains("notes line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("ambiguous", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoTimedLine_RefusedWithExample()
    {
        var error = Assert.Throws<PostmortemException>(() => Parse("just some text", "more text"));

        Assert.Contains("'notes'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OddInput_DoesNotThrowUnexpectedly()
    {
        var notes = Parse("x  10:00  ok", "", "   ", "──", "- orphan?", "🙂  11:00  emoji sender", "\t\t");

        Assert.Equal(2, notes.Events.Count);
    }

    private static readonly TimeZoneInfo Tokyo = IncidentZone.Find("Asia/Tokyo");

    private static ParsedNotes InTokyo(string notes) => NotesParser.Parse(notes, new DateOnly(2025, 6, 3), Tokyo);

    [Theory]
    [InlineData("2025-06-03 07:07:45 UTC  f", "2025-06-03T07:07:45Z", "f")]
    [InlineData("2025-06-03 07:05 +02:00  msg", "2025-06-03T05:05:00Z", "msg")]
    [InlineData("2025-06-03 07:05 +02:00 msg", "2025-06-03T05:05:00Z", "msg")]
    [InlineData("2025-06-03 07:05 EDT msg", "2025-06-03T11:05:00Z", "msg")]
    [InlineData("2025-06-03 07:05 Europe/Berlin msg", "2025-06-03T05:05:00Z", "msg")]
    [InlineData("2025-06-03T07:05:00+02:00 msg", "2025-06-03T05:05:00Z", "msg")]
    [InlineData("bob  07:05 Europe/Berlin  d", "2025-06-03T05:05:00Z", "bob: d")]
    [InlineData("bob 07:05 europe/berlin d", "2025-06-03T05:05:00Z", "bob: d")]
    [InlineData("07:05 EDT msg", "2025-06-03T11:05:00Z", "msg")]
    [InlineData("07:05 UTC msg", "2025-06-03T07:05:00Z", "msg")]
    [InlineData("07:05Z msg", "2025-06-03T07:05:00Z", "msg")]
    [InlineData("[07:05 UTC] msg", "2025-06-03T07:05:00Z", "msg")]
    [InlineData("bob: 07:05 UTC msg", "2025-06-03T07:05:00Z", "bob: msg")]
    [InlineData("bob: 07:05 msg", "2025-06-02T22:05:00Z", "bob: msg")]
    [InlineData("07:05 DB failover started", "2025-06-02T22:05:00Z", "DB failover started")]
    [InlineData("07:05 est. failover", "2025-06-02T22:05:00Z", "est. failover")]
    [InlineData("ana  07:05  +1 to that", "2025-06-02T22:05:00Z", "ana: +1 to that")]
    [InlineData("ana  07:05 -0500  restart", "2025-06-03T12:05:00Z", "ana: restart")]
    public void Parse_ZoneAfterTheTime_ReadLikeAStructuredEvent(string line, string expectedUtc, string description)
    {
        var note = Assert.Single(InTokyo(line).Events);

        Assert.Equal(Utc(expectedUtc), note.Time.Utc);
        Assert.Equal(description, note.Description);
    }

    [Theory]
    [InlineData("07:05 IST msg")]
    [InlineData("07:05 IST  msg")]
    [InlineData("bob  2025-06-03 07:05 IST  msg")]
    [InlineData("bob  07:05 CST msg")]
    public void Parse_AmbiguousAbbreviationWithAnySpacing_Refused(string line)
    {
        var error = Assert.Throws<PostmortemException>(() => InTokyo(line));

        Assert.Contains("ambiguous", error.Message, StringComparison.Ordinal);
        Assert.Contains("notes line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EuropeanZoneNameThatDoesNotExist_RefusedNotReadAsText()
    {
        var error = Assert.Throws<PostmortemException>(() => InTokyo("07:05 Europe/Berln restart"));

        Assert.Contains("IANA", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jun 4, 2025 7:10 AM  PagerDuty  Triggered a", "2025-06-03T22:10:00Z", "PagerDuty  Triggered a")]
    [InlineData("bob  4 June 2025 07:10  x", "2025-06-03T22:10:00Z", "bob: x")]
    [InlineData("bob  June 4th 07:10  x", "2025-06-03T22:10:00Z", "bob: x")]
    [InlineData("13/6/2025 07:11  b", "2025-06-12T22:11:00Z", "b")]
    [InlineData("6/13/2025 07:11  b", "2025-06-12T22:11:00Z", "b")]
    [InlineData("2025/06/04 07:11  b", "2025-06-03T22:11:00Z", "b")]
    [InlineData("[Tue 07:14] m", "2025-06-02T22:14:00Z", "m")]
    [InlineData("[Thu 07:14] m", "2025-06-04T22:14:00Z", "m")]
    [InlineData("Wed, Jun 4, 2025 07:14  m", "2025-06-03T22:14:00Z", "m")]
    public void Parse_DateBeforeTheTime_IsRead(string line, string expectedUtc, string description)
    {
        var notes = InTokyo(line);

        var note = Assert.Single(notes.Events);
        Assert.Equal(Utc(expectedUtc), note.Time.Utc);
        Assert.Equal(description, note.Description);
        Assert.True(notes.HasDates);
    }

    [Theory]
    [InlineData("3/9/2025 07:11  b", "could be")]
    [InlineData("bob  4/6 07:11  b", "has no year")]
    [InlineData("Tue, Jun 4, 2025 07:14  m", "Wednesday")]
    [InlineData("Feb 30 07:14  m", "not a calendar date")]
    public void Parse_DateThatCannotBeReadWithoutGuessing_Refused(string line, string why)
    {
        var error = Assert.Throws<PostmortemException>(() => InTokyo(line));

        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WeekdayLine_SetsTheDayOfTheLinesBelow()
    {
        var notes = InTokyo("[Thu 07:14] first\n[07:20] second");

        Assert.Equal(Utc("2025-06-04T22:20:00Z"), notes.Events[1].Time.Utc);
        Assert.Contains(notes.Notices, n => n.Contains("2025-06-05", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OutOfSeasonAbbreviation_ReadAsWrittenWithNotice()
    {
        var notes = NotesParser.Parse("ana  14:32 EST  restart", new DateOnly(2025, 10, 14),
            IncidentZone.Find("America/New_York"));

        Assert.Equal(Utc("2025-10-14T19:32:00Z"), Assert.Single(notes.Events).Time.Utc);
        var notice = Assert.Single(notes.Notices);
        Assert.Contains("EST was not in effect", notice, StringComparison.Ordinal);
        Assert.Contains("'14:32 EDT'", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoDateAnywhere_HasDatesIsFalse()
    {
        Assert.False(InTokyo("07:05 a\n07:06 b").HasDates);
    }
}
