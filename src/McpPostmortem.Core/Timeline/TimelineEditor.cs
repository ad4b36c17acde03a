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
        var nextId = NextNumber(postmortem.Timeline);
        foreach (var e in ReadEvents(postmortem, events, zone, notices))
        {
            added.Add(e with { Id = $"ev-{nextId++}" });
        }

        if (notesText.Length > 0)
        {
            var parsed = NotesParser.Parse(notesText, postmortem.IncidentDate, zone);
            if (events.Count + parsed.Events.Count > Limits.MaxItemsPerCall)
            {
                throw new PostmortemException(
                    $"'notes' holds {parsed.Events.Count} messages" +
                    (events.Count > 0 ? $" and 'events' {events.Count} events" : "") +
                    $"; one call adds at most {Limits.MaxItemsPerCall} events. Paste the notes in parts " +
                    $"of at most {Limits.MaxItemsPerCall - events.Count} messages, one call each.");
            }

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
        return new TimelineChange(postmortem with { Timeline = Sort(timeline) }, ids, notices);
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
    /// is on now (in the incident's zone).
    /// </summary>
    public static TimelineEvent Retime(Postmortem postmortem, TimelineEvent current, string time, string argument)
    {
        var zone = IncidentZone.Find(postmortem.TimeZone);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(current.Time, zone).DateTime);
        var parsed = EventTimeParser.Parse(time, day, zone, argument);
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

        var dayOffsets = DayOffsets(postmortem, events, written, zone);
        var read = new List<TimelineEvent>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var input = events[i];
            var argument = $"events[{i}]";
            var day = postmortem.IncidentDate.AddDays(dayOffsets[i]);
            var parsed = written[i].On(day, zone, $"{argument}.time");
            if (parsed.Notice.Length > 0)
            {
                notices.Add(parsed.Notice);
            }

            if (dayOffsets[i] > 0)
            {
                notices.Add($"{argument}: '{parsed.Original}' comes after midnight in this batch of times, so it was " +
                    $"read as {day:yyyy-MM-dd}. If that is wrong, write the date: " +
                    $"'{postmortem.IncidentDate:yyyy-MM-dd} {parsed.Original}'.");
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

        return read;
    }

    private static int[] DayOffsets(
        Postmortem postmortem,
        IReadOnlyList<NewTimelineEvent> events,
        WrittenTime[] written,
        TimeZoneInfo zone)
    {
        var fixedMilestones = new Dictionary<EventKind, DateTimeOffset>();
        foreach (var e in postmortem.Timeline.Where(e => e.Kind <= EventKind.Resolved))
        {
            fixedMilestones.TryAdd(e.Kind, e.Time);
        }

        var dateless = new List<int>();
        for (var i = 0; i < events.Count; i++)
        {
            if (written[i].IsDateless)
            {
                dateless.Add(i);
            }
            else if (events[i].Kind <= EventKind.Resolved)
            {
                fixedMilestones.TryAdd(events[i].Kind, written[i].Approximate(postmortem.IncidentDate, zone));
            }
        }

        var offsets = DatelessPlacement.DayOffsets(
            dateless.Select(i => written[i].Approximate(postmortem.IncidentDate, zone)).ToList(),
            dateless.Select(i => events[i].Kind).ToList(),
            fixedMilestones);
        var result = new int[events.Count];
        for (var j = 0; j < dateless.Count; j++)
        {
            result[dateless[j]] = offsets[j];
        }

        return result;
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

    private static int NextNumber(IReadOnlyList<TimelineEvent> timeline) =>
        timeline.Count == 0 ? 1 : timeline.Max(e => Number(e.Id)) + 1;

    private static int Number(string id) =>
        int.TryParse(id.AsSpan(id.IndexOf('-') + 1), out var n) ? n : 0;
}
