using System.Globalization;
using CsCheck;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Tests.TestSupport;
using McpPostmortem.Timeline;

namespace McpPostmortem.Tests.Timeline;

public sealed class TimelineEditorTests
{
    private static Postmortem Kolkata() => Samples.Minimal() with
    {
        IncidentDate = new DateOnly(2025, 11, 12),
        TimeZone = "Asia/Kolkata",
    };

    private static NewTimelineEvent Event(string time, EventKind kind = EventKind.Note, string description = "") =>
        new(time, description.Length > 0 ? description : $"{kind} at {time}", kind);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Add_AfterRemovingTheLastEvent_NeverReusesItsId()
    {
        var first = TimelineEditor.Add(Kolkata(), [Event("10:00"), Event("10:05")], "10:07 alert fired");
        var removed = TimelineEditor.Remove(first.Postmortem, "ev-3");

        var second = TimelineEditor.Add(removed, [Event("10:10")]);

        Assert.Equal(["ev-1", "ev-2", "ev-3"], first.EventIds);
        Assert.Equal(["ev-4"], second.EventIds);
    }

    [Fact]
    public void Add_BareTimesPassingMidnight_MoveToNextDayWithNotice()
    {
        var change = TimelineEditor.Add(Kolkata(), [Event("23:41"), Event("23:58"), Event("00:04"), Event("2:30 AM")]);

        Assert.Equal(
            [
                Utc("2025-11-12T18:11:00Z"), Utc("2025-11-12T18:28:00Z"),
                Utc("2025-11-12T18:34:00Z"), Utc("2025-11-12T21:00:00Z"),
            ],
            change.Postmortem.Timeline.Select(e => e.Time));
        Assert.Equal(2, change.Notices.Count(n => n.Contains("2025-11-13", StringComparison.Ordinal)));
    }

    [Fact]
    public void Add_BareTimesPassingMidnightInAnyOrder_SameDays()
    {
        var change = TimelineEditor.Add(Kolkata(), [Event("00:04"), Event("2:30 AM"), Event("23:58"), Event("23:41")]);

        Assert.Equal(Utc("2025-11-12T18:11:00Z"), change.Postmortem.Timeline[0].Time);
        Assert.Equal(Utc("2025-11-12T21:00:00Z"), change.Postmortem.Timeline[^1].Time);
    }

    [Fact]
    public void Add_LongIncidentWithMilestones_MilestoneOrderPicksTheStart()
    {
        // 09:00 started, 21:00 detected, 03:00 mitigated: the longest quiet stretch alone (09 -> 21)
        // would start the block at 21:00; the milestones say it starts at 09:00.
        var change = TimelineEditor.Add(Samples.Minimal() with { TimeZone = "UTC" },
            [
                Event("03:00", EventKind.Mitigated), Event("21:00", EventKind.Detected),
                Event("09:00", EventKind.Started),
            ]);

        Assert.Equal(
            [Utc("2025-07-09T09:00:00Z"), Utc("2025-07-09T21:00:00Z"), Utc("2025-07-10T03:00:00Z")],
            change.Postmortem.Timeline.Select(e => e.Time));
    }

    [Fact]
    public void Add_DetectedTwoMinutesBeforeStarted_NotMovedADayToHideIt()
    {
        var change = TimelineEditor.Add(Samples.Minimal(),
            [Event("14:32", EventKind.Started), Event("14:30", EventKind.Detected)]);

        Assert.All(change.Postmortem.Timeline, e => Assert.Equal(new DateTime(2025, 7, 9), e.Time.Date));
        Assert.Contains("started <= detected", Assert.Single(change.Notices), StringComparison.Ordinal);
    }

    [Fact]
    public void Add_DatedAndZonedTimes_NotRolledOver()
    {
        var change = TimelineEditor.Add(Kolkata(),
            [Event("23:50"), Event("2025-11-12 00:10"), Event("18:00 UTC"), Event("2025-11-13T00:30:00+05:30")]);

        Assert.Equal(
            [
                Utc("2025-11-11T18:40:00Z"), Utc("2025-11-12T18:00:00Z"),
                Utc("2025-11-12T18:20:00Z"), Utc("2025-11-12T19:00:00Z"),
            ],
            change.Postmortem.Timeline.Select(e => e.Time));
    }

    [Fact]
    public void Add_KeepsOriginalTextOffsetSourceAndLink()
    {
        var change = TimelineEditor.Add(Samples.Minimal(),
        [
            new NewTimelineEvent(
                "2:45 PM", "Rollback started.", EventKind.Action, EventSource.Deploy,
                "https://deploy.example.com/runs/7"),
        ]);

        var stored = Assert.Single(change.Postmortem.Timeline);
        Assert.Equal("2:45 PM", stored.OriginalTime);
        Assert.Equal("+02:00", stored.OriginalOffset);
        Assert.Equal(EventSource.Deploy, stored.Source);
        Assert.Equal("https://deploy.example.com/runs/7", stored.Link);
        Assert.Equal(Utc("2025-07-09T12:45:00Z"), stored.Time);
    }

    [Fact]
    public void Add_ExactDuplicate_KeptAndReported()
    {
        var change = TimelineEditor.Add(Samples.Minimal(), [Event("14:35"), Event("14:35")]);

        Assert.Equal(2, change.Postmortem.Timeline.Count);
        var notice = Assert.Single(change.Notices);
        Assert.Contains("ev-2 repeats ev-1", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_SecondStarted_RefusedAndNothingChanged()
    {
        var first = TimelineEditor.Add(Samples.Minimal(), [Event("14:32", EventKind.Started)]).Postmortem;

        var error = Assert.Throws<PostmortemException>(
            () => TimelineEditor.Add(first, [Event("14:40", EventKind.Started)]));

        Assert.Contains("at most once", error.Message, StringComparison.Ordinal);
        Assert.Single(first.Timeline);
    }

    [Fact]
    public void Add_NothingGiven_Refused()
    {
        var error = Assert.Throws<PostmortemException>(() => TimelineEditor.Add(Samples.Minimal(), null));

        Assert.Contains("'notes'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_OneBadTimeInBatch_RefusedNamingIt()
    {
        var error = Assert.Throws<PostmortemException>(
            () => TimelineEditor.Add(Samples.Minimal(), [Event("14:32"), Event("14:32 IST")]));

        Assert.Contains("events[1].time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_EventsAndNotes_BothStoredSorted()
    {
        var change = TimelineEditor.Add(Samples.Minimal(), [Event("14:40", EventKind.Mitigated)],
            "PagerDuty  14:35  [Triggered] EdgeHTTP5xxHigh");

        Assert.Equal(["ev-2", "ev-1"], change.Postmortem.Timeline.Select(e => e.Id));
        Assert.Equal(EventSource.Pager, change.Postmortem.Timeline[0].Source);
        Assert.Equal("PagerDuty  14:35  [Triggered] EdgeHTTP5xxHigh", change.Postmortem.Timeline[0].OriginalText);
    }

    [Fact]
    public void Retime_BareTime_StaysOnTheEventsDay()
    {
        var postmortem = TimelineEditor.Add(Kolkata(), [Event("23:41"), Event("00:04")]).Postmortem;
        var afterMidnight = postmortem.Timeline[1];

        var changed = TimelineEditor.Retime(postmortem, afterMidnight, "00:09", "time");

        Assert.Equal(Utc("2025-11-12T18:39:00Z"), changed.Time);
        Assert.Equal("00:09", changed.OriginalTime);
    }

    [Fact]
    public void Replace_NewTime_ResortsTimeline()
    {
        var postmortem = TimelineEditor.Add(Samples.Minimal(), [Event("14:00"), Event("15:00")]).Postmortem;
        var moved = TimelineEditor.Retime(postmortem, TimelineEditor.Find(postmortem, "ev-1"), "16:00", "time");

        var changed = TimelineEditor.Replace(postmortem, moved);

        Assert.Equal(["ev-2", "ev-1"], changed.Timeline.Select(e => e.Id));
    }

    [Fact]
    public void Remove_ById_RemovesOnlyThatEvent()
    {
        var postmortem = TimelineEditor.Add(Samples.Minimal(), [Event("14:00"), Event("15:00")]).Postmortem;

        var changed = TimelineEditor.Remove(postmortem, "ev-1");

        Assert.Equal(["ev-2"], changed.Timeline.Select(e => e.Id));
        Assert.Throws<PostmortemException>(() => TimelineEditor.Remove(changed, "ev-1"));
    }

    [Fact]
    public void Add_AnyPermutation_SameStoredTimeline()
    {
        var kinds = new[] { EventKind.Note, EventKind.Action, EventKind.Deploy, EventKind.Communication };
        var oneEvent =
            from minutes in Gen.Int[0, 600]
            from form in Gen.Int[0, 3]
            from kind in Gen.Int[0, kinds.Length - 1]
            from text in Gen.Int[0, 3]
            select (minutes, form, kind: kinds[kind], text: $"step {text}");
        var batch =
            from start in Gen.Int[0, 1439]
            from events in oneEvent.Array[1, 25]
            from zone in Gen.OneOf("Europe/Berlin", "Asia/Kolkata", "America/Chicago", "UTC")
            select (start, events, zone);

        batch.SelectMany(b => Gen.Shuffle(b.events.ToArray()), (b, shuffled) => (b, shuffled)).Sample(sample =>
        {
            var (b, shuffled) = sample;
            var postmortem = Samples.Minimal() with { TimeZone = b.zone, IncidentDate = new DateOnly(2025, 6, 1) };
            var original = Stored(postmortem, b.start, b.events);
            var permuted = Stored(postmortem, b.start, shuffled);
            Assert.Equal(original, permuted);
        }, iter: 300);
    }

    private static List<string> Stored(
        Postmortem postmortem,
        int start,
        (int minutes, int form, EventKind kind, string text)[] events)
    {
        var zone = IncidentZone.Find(postmortem.TimeZone);
        var day = postmortem.IncidentDate.ToDateTime(TimeOnly.MinValue);
        var input = events.Select(e =>
        {
            var local = day.AddMinutes(start + e.minutes);
            var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
            var time = e.form switch
            {
                0 => local.ToString("HH:mm", CultureInfo.InvariantCulture),
                1 => local.ToString("h:mm tt", CultureInfo.InvariantCulture),
                2 => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                _ => utc.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC",
            };
            return new NewTimelineEvent(time, e.text, e.kind);
        }).ToList();
        return TimelineEditor.Add(postmortem, input).Postmortem.Timeline
            .Select(e => $"{e.Time:o}|{e.Kind}|{e.Description}|{e.OriginalTime}|{e.OriginalOffset}")
            .ToList();
    }

    private static Postmortem NightShift() => Samples.Minimal() with
    {
        TimeZone = "UTC",
        IncidentDate = new DateOnly(2025, 3, 8),
    };

    private static Postmortem Stored(Postmortem postmortem, params NewTimelineEvent[] events) =>
        TimelineEditor.Add(postmortem, events).Postmortem;

    [Fact]
    public void Add_LaterCallAfterMidnightRollover_PlacedNextToTheStoredTimelineWithNotice()
    {
        var stored = Stored(NightShift(), Event("23:40", EventKind.Started), Event("23:50", EventKind.Detected));

        var change = TimelineEditor.Add(stored, [Event("00:20", EventKind.Action)]);

        Assert.Equal(Utc("2025-03-09T00:20:00Z"), change.Postmortem.Timeline[^1].Time);
        Assert.Contains(change.Notices, n => n.Contains("placed from 2025-03-09", StringComparison.Ordinal)
            && n.Contains("'2025-03-08 00:20'", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_LaterCallWithMilestones_KeepsThemAfterTheStoredOnes()
    {
        var stored = Stored(NightShift(), Event("23:40", EventKind.Started), Event("23:50", EventKind.Detected));

        var change = TimelineEditor.Add(stored,
            [Event("01:50", EventKind.Mitigated), Event("00:10", EventKind.Acknowledged)]);

        var metrics = IncidentMetrics.Compute(change.Postmortem.Timeline).ToDictionary(m => m.Key);
        Assert.Equal(20, metrics["time_to_acknowledge"].Minutes);
        Assert.Equal(130, metrics["time_to_mitigate"].Minutes);
        Assert.DoesNotContain(change.Notices, n => n.Contains("out of order", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_LaterNotesAfterMidnightRollover_PlacedNextToTheStoredTimeline()
    {
        var stored = Stored(NightShift(), Event("23:40", EventKind.Started), Event("23:50", EventKind.Detected));

        var change = TimelineEditor.Add(stored, [], "[00:25] bob: restart done");

        var note = change.Postmortem.Timeline[^1];
        Assert.Equal(Utc("2025-03-09T00:25:00Z"), note.Time);
        Assert.Equal("bob: restart done", note.Description);
        Assert.Contains(change.Notices, n => n.Contains("'notes'", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_LaterCallJustBeforeMidnight_PlacedOnTheDayBefore()
    {
        var stored = Stored(NightShift(), Event("00:10", EventKind.Started), Event("01:00", EventKind.Mitigated));

        var change = TimelineEditor.Add(stored, [Event("23:50", EventKind.Deploy)]);

        Assert.Equal(Utc("2025-03-07T23:50:00Z"), change.Postmortem.Timeline[0].Time);
    }

    [Fact]
    public void Add_LaterCallNearTheTimelineOnTheIncidentDate_StaysWithoutNotice()
    {
        var stored = Stored(NightShift(), Event("09:00", EventKind.Started), Event("10:00", EventKind.Mitigated));

        var change = TimelineEditor.Add(stored, [Event("08:00", EventKind.Deploy), Event("21:00")]);

        Assert.Equal(Utc("2025-03-08T08:00:00Z"), change.Postmortem.Timeline[0].Time);
        Assert.Equal(Utc("2025-03-08T21:00:00Z"), change.Postmortem.Timeline[^1].Time);
        Assert.Empty(change.Notices);
    }

    [Fact]
    public void Add_LaterCallFarFromADistantStoredEvent_StaysOnTheIncidentDateWithNotice()
    {
        var stored = Stored(NightShift(), Event("2025-03-06 10:00", EventKind.Deploy));

        var change = TimelineEditor.Add(stored, [Event("14:00", EventKind.Started)]);

        Assert.Equal(Utc("2025-03-08T14:00:00Z"), change.Postmortem.Timeline[^1].Time);
        Assert.Contains(change.Notices, n => n.Contains("after the timeline already stored", StringComparison.Ordinal)
            && n.Contains("'2025-03-07 14:00'", StringComparison.Ordinal));
    }

    /// <summary>
    /// The quiet stretch 09:20 to 23:00 is inside the incident. Starting the block after it would
    /// push started and detected past midnight, after mitigated; the milestones anchor it instead.
    /// </summary>
    [Fact]
    public void Add_LongQuietStretchInsideTheIncident_StartedIsNotPushedPastMidnight()
    {
        var change = TimelineEditor.Add(NightShift() with { IncidentDate = new DateOnly(2025, 4, 3) },
            [
                Event("09:00", EventKind.Started), Event("09:20", EventKind.Detected),
                Event("23:00", EventKind.Mitigated), Event("02:00"), Event("08:00", EventKind.Resolved),
            ]);

        Assert.Equal(
            [
                Utc("2025-04-03T09:00:00Z"), Utc("2025-04-03T09:20:00Z"), Utc("2025-04-03T23:00:00Z"),
                Utc("2025-04-04T02:00:00Z"), Utc("2025-04-04T08:00:00Z"),
            ],
            change.Postmortem.Timeline.Select(e => e.Time));
        Assert.Empty(TimelineFindings.MilestoneOrder(change.Postmortem));
        Assert.Contains(change.Notices, n => n.Contains("'2025-04-03 02:00'", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_MilestonesOutOfOrderInOneDay_ReportedWithTheFixNotMovedADay()
    {
        var change = TimelineEditor.Add(NightShift(),
            [
                Event("14:00", EventKind.Started), Event("13:50", EventKind.Detected),
                Event("15:00", EventKind.Mitigated),
            ]);

        Assert.All(change.Postmortem.Timeline, e => Assert.Equal(new DateTime(2025, 3, 8), e.Time.Date));
        var notice = Assert.Single(change.Notices);
        Assert.Contains("started <= detected", notice, StringComparison.Ordinal);
        Assert.Contains("update_timeline_event", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Retime_BareTimeFarFromTheOldTime_KeptOnItsDayWithTheDatedAlternative()
    {
        var stored = Stored(NightShift(), Event("23:40", EventKind.Started), Event("23:50", EventKind.Detected));
        var notices = new List<string>();

        var moved = TimelineEditor.Retime(stored, stored.Timeline[1], "00:05", "time", notices);

        Assert.Equal(Utc("2025-03-08T00:05:00Z"), moved.Time);
        Assert.Contains(notices, n => n.Contains("'2025-03-09 00:05'", StringComparison.Ordinal));
    }
}
