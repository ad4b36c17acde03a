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
}
