using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Serialization;

namespace McpPostmortem.Timeline;

/// <summary>
/// Adds, edits and removes timeline events. Keeps the timeline sorted (by time, then by content, so
/// the same events give the same timeline whatever order they came in), each milestone at most once,
/// and reports exact duplicates instead of dropping them silently.
/// </summary>
public static class TimelineEditor
{
    /// <summary>
    /// Adds a batch of events and/or the events read from pasted notes. Times without a date are
    /// placed by <see cref="DatelessPlacement"/>; notes are read by <see cref="NotesParser"/>.
    /// </summary>
    public static TimelineChange Add(Postmortem postmortem, IReadOnlyList<NewTimelineEvent>? events, string notes = "")
    {
        events ??= [];
        var notesText = Input.Text(notes, "notes", Limits.MaxBlockLength);
        if (events.Count == 0 && notesText.Length == 0)
        {
            throw new PostmortemException(
                "Send at least one event in 'events', or paste chat or pager lines in 'notes'.");
        }

        if (events.Count > Limits.MaxItemsPerCall)
        {
            throw new PostmortemException(
                $"'events' has {events.Count} entries; the limit per call is {Limits.MaxItemsPerCall}. " +
                "Send them in batches.");
        }

        var zone = IncidentZone.Find(postmortem.TimeZone);
        var notices = new List<string>();
        var added = new List<TimelineEvent>();
        var read = ReadEvents(postmortem, events, zone, notices).ToList();
        var parsed = notesText.Length > 0 ? ReadNotes(postmortem, notesText, zone, notices) : null;
        if (parsed is not null && events.Count + parsed.Events.Count > Limits.MaxItemsPerCall)
        {
            throw new PostmortemException(
                $"'notes' holds {parsed.Events.Count} messages" +
                (events.Count > 0 ? $" and 'events' {events.Count} events" : "") +
                $"; one call adds at most {Limits.MaxItemsPerCall} events. Paste the notes in parts " +
                $"of at most {Limits.MaxItemsPerCall - events.Count} messages, one call each.");
        }

        var (nextId, numbered) = ItemIds.Take(postmortem, "ev", postmortem.Timeline.Select(e => e.Id),
            read.Count + (parsed?.Events.Count ?? 0));
        foreach (var e in read)
        {
            added.Add(e with { Id = $"ev-{nextId++}" });
        }

        if (parsed is not null)
        {
            notices.AddRange(parsed.Notices);
            foreach (var note in parsed.Events)
            {
                added.Add(new TimelineEvent
                {
                    Id = $"ev-{nextId++}",
                    Time = note.Time.Utc,
                    Description = Input.Text(note.Description, $"notes line {note.Line}", Limits.MaxTextLength),
                    Kind = EventKind.Note,
                    Source = note.Source,
                    OriginalTime = note.Time.Original,
                    OriginalOffset = EventTimeParser.Offset(note.Time.Offset),
                    OriginalText = note.OriginalText,
                });
            }
        }

        if (postmortem.Timeline.Count + added.Count > Limits.MaxTimelineEvents)
        {
            throw new PostmortemException(
                $"A timeline holds at most {Limits.MaxTimelineEvents} events; this call would make it " +
                $"{postmortem.Timeline.Count + added.Count}.");
        }

        var timeline = postmortem.Timeline.Concat(added).ToList();
        RequireSingleMilestones(timeline);
        notices.AddRange(Duplicates(postmortem.Timeline, added));
        var ids = added.Select(e => e.Id).ToList();
        var changed = numbered with { Timeline = Sort(timeline) };
        notices.AddRange(NewOrderErrors(postmortem, changed));
        return new TimelineChange(changed, ids, notices);
    }

    /// <summary>
    /// Milestone-order errors the change brings in, as notices with their fix: they block approval,
    /// and the caller is in the best position to correct a misplaced day right now.
    /// </summary>
    public static IEnumerable<string> NewOrderErrors(Postmortem before, Postmortem after)
    {
        var known = TimelineFindings.MilestoneOrder(before).Select(f => f.Message).ToHashSet(StringComparer.Ordinal);
        return TimelineFindings.MilestoneOrder(after)
            .Where(f => !known.Contains(f.Message))
            .Select(f => $"Milestones out of order: {f.Message} {f.Suggestion}");
    }

    /// <summary>
    /// Reads pasted notes. Notes that name no day anywhere start on the incident date, or on the day
    /// next to it that keeps them nearest the timeline already stored (see <see cref="BatchDay"/>).
    /// </summary>
    private static ParsedNotes ReadNotes(Postmortem postmortem, string notes, TimeZoneInfo zone, List<string> notices)
    {
        var parsed = NotesParser.Parse(notes, postmortem.IncidentDate, zone);
        if (parsed.HasDates || postmortem.Timeline.Count == 0)
        {
            return parsed;
        }

        var times = parsed.Events.Select(e => e.Time.Utc).ToList();
        var shift = BatchDay.Shift(postmortem.Timeline, s => (times.Select(t => t.AddDays(s)).ToList(), 0));
        if (shift != 0)
        {
            parsed = NotesParser.Parse(notes, postmortem.IncidentDate.AddDays(shift), zone);
            times = parsed.Events.Select(e => e.Time.Utc).ToList();
        }

        notices.AddRange(BatchDay.Notices("'notes'", shift, times, parsed.Events[0].Time.Original, postmortem, zone));
        return parsed;
    }

    public static Postmortem Remove(Postmortem postmortem, string eventId)
    {
        var index = IndexOf(postmortem.Timeline, eventId);
        var timeline = postmortem.Timeline.Where((_, i) => i != index).ToList();
        return postmortem with { Timeline = timeline };
    }

    public static Postmortem Replace(Postmortem postmortem, TimelineEvent changed)
    {
        var index = IndexOf(postmortem.Timeline, changed.Id);
        var timeline = postmortem.Timeline.ToList();
        timeline[index] = changed;
        RequireSingleMilestones(timeline);
        return postmortem with { Timeline = Sort(timeline) };
    }

    /// <summary>
    /// Gives an event a new time read from text; a time without a date stays on the day the event
    /// is on now (in the incident's zone). When that puts it more than 12 hours from where it was,
    /// a notice says so with the dated alternative, since a time just past midnight is the usual case.
    /// </summary>
    public static TimelineEvent Retime(
        Postmortem postmortem,
        TimelineEvent current,
        string time,
        string argument,
        List<string>? notices = null)
    {
        var zone = IncidentZone.Find(postmortem.TimeZone);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(current.Time, zone).DateTime);
        var parsed = EventTimeParser.Parse(time, day, zone, argument);
        if (parsed.Notice.Length > 0)
        {
            notices?.Add(parsed.Notice);
        }

        var moved = parsed.Utc - current.Time;
        if (parsed.IsBare && moved.Duration() > BatchDay.NearEnough)
        {
            var other = day.AddDays(moved > TimeSpan.Zero ? -1 : 1);
            notices?.Add($"The new {argument} '{parsed.Original}' was kept on the event's day, {day:yyyy-MM-dd}, " +
                $"which moves it {IncidentMetrics.FormatDuration(moved.Duration().TotalMinutes)} " +
                $"{(moved > TimeSpan.Zero ? "later" : "earlier")}. If it is on the day " +
                $"{(moved > TimeSpan.Zero ? "before" : "after")}, write '{other:yyyy-MM-dd} {parsed.Original}'.");
        }

        return current with
        {
            Time = parsed.Utc,
            OriginalTime = parsed.Original,
            OriginalOffset = EventTimeParser.Offset(parsed.Offset),
        };
    }

    public static TimelineEvent Find(Postmortem postmortem, string eventId) =>
        postmortem.Timeline[IndexOf(postmortem.Timeline, eventId)];

    /// <summary>
    /// Sorts by time; events at the same instant by milestone order and then by content, so the
    /// result does not depend on the order events were sent in. The id breaks exact ties.
    /// </summary>
    public static IReadOnlyList<TimelineEvent> Sort(IEnumerable<TimelineEvent> events) =>
        events.OrderBy(e => e.Time)
            .ThenBy(e => e.Kind)
            .ThenBy(e => e.Description, StringComparer.Ordinal)
            .ThenBy(e => e.Source)
            .ThenBy(e => e.OriginalTime, StringComparer.Ordinal)
            .ThenBy(e => e.Link, StringComparer.Ordinal)
            .ThenBy(e => e.OriginalText, StringComparer.Ordinal)
            .ThenBy(e => Number(e.Id))
            .ToList();

    private static List<TimelineEvent> ReadEvents(
        Postmortem postmortem,
        IReadOnlyList<NewTimelineEvent> events,
        TimeZoneInfo zone,
        List<string> notices)
    {
        var written = new WrittenTime[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            written[i] = EventTimeParser.Read(events[i].Time, $"events[{i}].time");
        }

        var dateless = Enumerable.Range(0, events.Count).Where(i => written[i].IsDateless).ToList();
        var placement = PlaceDateless(postmortem, events, written, dateless, zone);
        var baseDay = postmortem.IncidentDate.AddDays(placement.Shift);
        var read = new List<TimelineEvent>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var input = events[i];
            var argument = $"events[{i}]";
            var after = dateless.IndexOf(i) is var j and >= 0 ? placement.Days[j] - placement.Shift : 0;
            var day = baseDay.AddDays(after);
            var parsed = written[i].On(day, zone, $"{argument}.time");
            if (parsed.Notice.Length > 0)
            {
                notices.Add(parsed.Notice);
            }

            if (after > 0)
            {
                notices.Add($"{argument}: '{parsed.Original}' comes after midnight in this batch of times, so it " +
                    $"was read as {day:yyyy-MM-dd}. If that is wrong, write the date: " +
                    $"'{baseDay:yyyy-MM-dd} {parsed.Original}'.");
            }

            read.Add(new TimelineEvent
            {
                Id = "",
                Time = parsed.Utc,
                Description = Input.Text(
                    input.Description, $"{argument}.description", Limits.MaxTextLength, required: true),
                Kind = input.Kind,
                Source = input.Source,
                OriginalTime = parsed.Original,
                OriginalOffset = EventTimeParser.Offset(parsed.Offset),
                Link = Input.Link(input.Link, $"{argument}.link"),
            });
        }

        if (dateless.Count > 0)
        {
            notices.AddRange(BatchDay.Notices("'events'", placement.Shift, dateless.Select(i => read[i].Time).ToList(),
                read[dateless[0]].OriginalTime, postmortem, zone));
        }

        return read;
    }

    /// <summary>Places the dateless events of a call (see <see cref="DatelessPlacement"/>).</summary>
    private static DayPlacement PlaceDateless(
        Postmortem postmortem,
        IReadOnlyList<NewTimelineEvent> events,
        WrittenTime[] written,
        List<int> dateless,
        TimeZoneInfo zone)
    {
        var day = postmortem.IncidentDate;
        var fixedMilestones = new Dictionary<EventKind, DateTimeOffset>();
        foreach (var e in postmortem.Timeline.Where(e => e.Kind <= EventKind.Resolved))
        {
            fixedMilestones.TryAdd(e.Kind, e.Time);
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (!written[i].IsDateless && events[i].Kind <= EventKind.Resolved)
            {
                fixedMilestones.TryAdd(events[i].Kind, written[i].Approximate(day, zone));
            }
        }

        return DatelessPlacement.Place(
            dateless.Select(i => written[i].Approximate(day, zone)).ToList(),
            dateless.Select(i => events[i].Kind).ToList(),
            fixedMilestones,
            postmortem.Timeline.Select(e => e.Time).ToList());
    }

    private static void RequireSingleMilestones(IReadOnlyList<TimelineEvent> timeline)
    {
        var repeated = timeline
            .Where(e => e.Kind <= EventKind.Resolved)
            .GroupBy(e => e.Kind)
            .FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            var ids = string.Join(", ", repeated.Select(e => e.Id));
            var name = EnumNames.Of(repeated.Key);
            throw new PostmortemException(
                $"A timeline has each milestone at most once, but '{name}' would be on {ids}. Give the later " +
                "ones kind 'note' or 'action', or change the existing one with update_timeline_event.");
        }
    }

    private static IEnumerable<string> Duplicates(
        IReadOnlyList<TimelineEvent> existing,
        IReadOnlyList<TimelineEvent> added)
    {
        var seen = existing.ToList();
        foreach (var e in added)
        {
            var twin = seen.FirstOrDefault(s => s.Time == e.Time && s.Kind == e.Kind
                && string.Equals(s.Description, e.Description, StringComparison.Ordinal));
            if (twin is not null)
            {
                yield return $"{e.Id} repeats {twin.Id} exactly (same time, kind and description); " +
                    $"both are kept. Remove one with remove_timeline_event if it was pasted twice.";
            }

            seen.Add(e);
        }
    }

    private static int IndexOf(IReadOnlyList<TimelineEvent> timeline, string eventId)
    {
        for (var i = 0; i < timeline.Count; i++)
        {
            if (timeline[i].Id == eventId)
            {
                return i;
            }
        }

        throw new PostmortemException(
            $"No timeline event has id '{eventId}'. get_postmortem lists the events with their ids (ev-1, ev-2, ...).");
    }

    private static int Number(string id) =>
        int.TryParse(id.AsSpan(id.IndexOf('-') + 1), out var n) ? n : 0;
}
