using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>
/// Adds, edits and removes timeline events. Keeps the timeline sorted (by time, then by insertion),
/// each milestone at most once, and reports exact duplicates instead of dropping them silently.
/// </summary>
public static class TimelineEditor
{
    public static TimelineChange Add(Postmortem postmortem, IReadOnlyList<NewTimelineEvent> events)
    {
        if (events.Count == 0)
        {
            throw new PostmortemException("'events' is empty: send at least one event.");
        }

        if (events.Count > Limits.MaxItemsPerCall)
        {
            throw new PostmortemException(
                $"'events' has {events.Count} entries; the limit per call is {Limits.MaxItemsPerCall}. Send them in batches.");
        }

        if (postmortem.Timeline.Count + events.Count > Limits.MaxTimelineEvents)
        {
            throw new PostmortemException(
                $"A timeline holds at most {Limits.MaxTimelineEvents} events; this call would make it " +
                $"{postmortem.Timeline.Count + events.Count}.");
        }

        var zone = IncidentZone.Find(postmortem.TimeZone);
        var nextId = NextNumber(postmortem.Timeline);
        var added = new List<TimelineEvent>(events.Count);
        var notices = new List<string>();
        DateTimeOffset? previousBare = null;
        var dayShift = 0;

        for (var i = 0; i < events.Count; i++)
        {
            var input = events[i];
            var argument = $"events[{i}]";
            var parsed = EventTimeParser.Parse(input.Time, postmortem.IncidentDate, zone, $"{argument}.time");
            var time = parsed.Instant;
            if (parsed.IsBare)
            {
                // Bare times in a list that passes midnight belong to the next day.
                var shifted = Shift(parsed, postmortem.IncidentDate.AddDays(dayShift), zone, argument);
                if (previousBare is { } previous && shifted < previous)
                {
                    dayShift++;
                    shifted = Shift(parsed, postmortem.IncidentDate.AddDays(dayShift), zone, argument);
                    notices.Add($"{argument}: '{parsed.Original}' is earlier than the time before it, so it was read " +
                        $"as {postmortem.IncidentDate.AddDays(dayShift):yyyy-MM-dd} (past midnight).");
                }

                previousBare = shifted;
                time = shifted;
            }

            added.Add(new TimelineEvent
            {
                Id = $"ev-{nextId++}",
                Time = time.ToUniversalTime(),
                Description = Input.Text(input.Description, $"{argument}.description", Limits.MaxTextLength, required: true),
                Kind = input.Kind,
                Source = input.Source,
                OriginalTime = parsed.Original,
                OriginalOffset = EventTimeParser.Offset(time.Offset),
                Link = Input.Link(input.Link, $"{argument}.link"),
            });
        }

        var timeline = postmortem.Timeline.Concat(added).ToList();
        RequireSingleMilestones(timeline);
        notices.AddRange(Duplicates(postmortem.Timeline, added));
        var sorted = Sort(timeline);
        return new TimelineChange(postmortem with { Timeline = sorted }, added.Select(e => e.Id).ToList(), notices);
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

    public static TimelineEvent Find(Postmortem postmortem, string eventId) =>
        postmortem.Timeline[IndexOf(postmortem.Timeline, eventId)];

    /// <summary>Sorts by time; events at the same instant keep the order they were added in.</summary>
    public static IReadOnlyList<TimelineEvent> Sort(IEnumerable<TimelineEvent> events) =>
        events.OrderBy(e => e.Time).ThenBy(e => Number(e.Id)).ToList();

    private static DateTimeOffset Shift(ParsedTime parsed, DateOnly day, TimeZoneInfo zone, string argument)
    {
        var local = day.ToDateTime(TimeOnly.FromTimeSpan(parsed.Instant.TimeOfDay));
        return EventTimeParser.InZone(local, zone, parsed.Original, $"{argument}.time");
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
            var name = Serialization.EnumNames.Of(repeated.Key);
            throw new PostmortemException(
                $"A timeline has each milestone at most once, but '{name}' would be on {ids}. Give the later " +
                "ones kind 'note' or 'action', or change the existing one with update_timeline_event.");
        }
    }

    private static IEnumerable<string> Duplicates(IReadOnlyList<TimelineEvent> existing, IReadOnlyList<TimelineEvent> added)
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
