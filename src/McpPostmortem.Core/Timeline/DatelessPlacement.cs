using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>
/// Decides the day of each time written without a date in one call, the same way whatever order
/// the events come in. The dateless times form one block of less than 24 hours that starts after
/// the longest quiet stretch of the clock; the times after midnight in that block move to the next
/// day. Put differently, the block is as compact as it can be. When the timeline already holds
/// events, the block may also start a day before or after the incident date, if that lands it
/// within 12 hours of them; then it is the stored events and the block together that should be
/// compact (a later call's 00:20 after a stored 23:50 goes on the next day). Among placements nearly
/// as compact as the best (within half the longest quiet stretch), the one that keeps the milestones
/// in order (started &lt;= detected &lt;= acknowledged, started &lt;= mitigated &lt;= resolved)
/// wins, then the more compact one, then the incident date. A placement that would push the started
/// milestone past midnight while another milestone stays before it is not taken when any other
/// avoids that: an incident may have a long quiet stretch between its own milestones.
/// </summary>
public static class DatelessPlacement
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private static readonly int[] Shifts = [0, 1, -1];

    private static readonly (EventKind Earlier, EventKind Later)[] MilestoneOrder =
    [
        (EventKind.Started, EventKind.Detected),
        (EventKind.Detected, EventKind.Acknowledged),
        (EventKind.Started, EventKind.Acknowledged),
        (EventKind.Started, EventKind.Mitigated),
        (EventKind.Mitigated, EventKind.Resolved),
        (EventKind.Started, EventKind.Resolved),
    ];

    /// <summary>
    /// Places the entries of <paramref name="approximate"/> (their times on the incident date):
    /// for each, how many days after the incident date it belongs on. <paramref name="kinds"/> gives
    /// each entry's kind, <paramref name="fixedMilestones"/> the milestones whose time is already
    /// known, and <paramref name="stored"/> the times of the events already in the timeline.
    /// </summary>
    public static DayPlacement Place(
        IReadOnlyList<DateTimeOffset> approximate,
        IReadOnlyList<EventKind> kinds,
        IReadOnlyDictionary<EventKind, DateTimeOffset> fixedMilestones,
        IReadOnlyList<DateTimeOffset> stored)
    {
        var count = approximate.Count;
        if (count == 0)
        {
            return new DayPlacement([], 0, 0);
        }

        var order = Enumerable.Range(0, count).OrderBy(i => approximate[i]).ThenBy(i => kinds[i]).ToArray();
        var gaps = new TimeSpan[count];
        for (var j = 0; j < count; j++)
        {
            var previous = approximate[order[(j + count - 1) % count]];
            gaps[j] = approximate[order[j]] - previous + (j == 0 ? Day : TimeSpan.Zero);
        }

        // Only the ends of the stored timeline matter, and it may hold thousands of events.
        IReadOnlyList<DateTimeOffset> ends = stored.Count == 0 ? [] : [stored.Min(), stored.Max()];
        var candidates = new List<PlacementCandidate>();
        for (var j = 0; j < count; j++)
        {
            if (gaps[j] <= TimeSpan.Zero)
            {
                continue;
            }

            foreach (var shift in Shifts)
            {
                var days = new int[count];
                for (var k = 0; k < count; k++)
                {
                    days[order[k]] = shift + (k < j ? 1 : 0);
                }

                var times = Enumerable.Range(0, count).Select(i => approximate[i].AddDays(days[i])).ToList();
                if (shift != 0 && (ends.Count == 0 || BatchDay.Distance(times, ends) > BatchDay.NearEnough))
                {
                    continue;
                }

                var all = times.Concat(ends).ToList();
                candidates.Add(new PlacementCandidate(days, shift, gaps[j], all.Max() - all.Min(),
                    Violations(times, kinds, fixedMilestones), StartedPushedPastOthers(times, days, shift, kinds,
                        fixedMilestones)));
            }
        }

        var longest = gaps.Max();
        var compact = candidates.Min(c => c.Span);
        var best = Best(candidates.Where(c => c.Span <= compact + (longest / 2) && !c.PushesStarted))
            ?? Best(candidates.Where(c => !c.PushesStarted))
            ?? Best(candidates)!;
        return new DayPlacement(best.Days, best.Shift, best.Violations);
    }

    private static PlacementCandidate? Best(IEnumerable<PlacementCandidate> candidates) =>
        candidates
            .OrderBy(c => c.Violations)
            .ThenBy(c => c.Span)
            .ThenBy(c => c.Shift != 0)
            .ThenByDescending(c => c.Gap)
            .FirstOrDefault();

    /// <summary>
    /// True when the placement moved 'started' past midnight (beyond the block's own day) while a
    /// later milestone, of this call or already known, stays before it.
    /// </summary>
    private static bool StartedPushedPastOthers(
        List<DateTimeOffset> times,
        int[] days,
        int shift,
        IReadOnlyList<EventKind> kinds,
        IReadOnlyDictionary<EventKind, DateTimeOffset> fixedMilestones)
    {
        var started = Enumerable.Range(0, kinds.Count).FirstOrDefault(i => kinds[i] == EventKind.Started, -1);
        if (started < 0 || days[started] == shift || fixedMilestones.ContainsKey(EventKind.Started))
        {
            return false;
        }

        var others = Enumerable.Range(0, kinds.Count)
            .Where(i => kinds[i] is > EventKind.Started and <= EventKind.Resolved)
            .Select(i => times[i])
            .Concat(fixedMilestones.Values);
        return others.Any(t => t < times[started]);
    }

    private static int Violations(
        List<DateTimeOffset> times,
        IReadOnlyList<EventKind> kinds,
        IReadOnlyDictionary<EventKind, DateTimeOffset> fixedMilestones)
    {
        var milestones = new Dictionary<EventKind, DateTimeOffset>(fixedMilestones);
        for (var i = 0; i < times.Count; i++)
        {
            if (kinds[i] <= EventKind.Resolved)
            {
                milestones.TryAdd(kinds[i], times[i]);
            }
        }

        var violations = 0;
        foreach (var (earlier, later) in MilestoneOrder)
        {
            if (milestones.TryGetValue(earlier, out var a) && milestones.TryGetValue(later, out var b) && a > b)
            {
                violations++;
            }
        }

        return violations;
    }
}
