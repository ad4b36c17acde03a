using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>
/// Decides the day of each time written without a date in one call, the same way whatever order
/// the events come in. The dateless times form one block of less than 24 hours that starts on the
/// incident date after the longest quiet stretch of the clock; the times after midnight in that
/// block move to the next day. When another starting point is nearly as plausible (the quiet
/// stretch before it is at least half the longest), the one that keeps the milestones in order
/// (started &lt;= detected &lt;= acknowledged, started &lt;= mitigated &lt;= resolved) wins.
/// </summary>
public static class DatelessPlacement
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private static readonly (EventKind Earlier, EventKind Later)[] MilestoneOrder =
    [
        (EventKind.Started, EventKind.Detected),
        (EventKind.Detected, EventKind.Acknowledged),
        (EventKind.Started, EventKind.Mitigated),
        (EventKind.Mitigated, EventKind.Resolved),
    ];

    /// <summary>
    /// Returns, for each entry of <paramref name="approximate"/>, how many days after the incident
    /// date it belongs on (0 or 1). <paramref name="kinds"/> gives each entry's kind and
    /// <paramref name="fixedMilestones"/> the milestones whose time is already known.
    /// </summary>
    public static IReadOnlyList<int> DayOffsets(
        IReadOnlyList<DateTimeOffset> approximate,
        IReadOnlyList<EventKind> kinds,
        IReadOnlyDictionary<EventKind, DateTimeOffset> fixedMilestones)
    {
        var count = approximate.Count;
        var offsets = new int[count];
        if (count < 2)
        {
            return offsets;
        }

        var order = Enumerable.Range(0, count).OrderBy(i => approximate[i]).ThenBy(i => kinds[i]).ToArray();
        var gaps = new TimeSpan[count];
        for (var j = 0; j < count; j++)
        {
            var previous = approximate[order[(j + count - 1) % count]];
            gaps[j] = approximate[order[j]] - previous + (j == 0 ? Day : TimeSpan.Zero);
        }

        var longest = gaps.Max();
        var best = -1;
        var bestViolations = int.MaxValue;
        for (var j = 0; j < count; j++)
        {
            if (gaps[j] <= TimeSpan.Zero || gaps[j] < longest / 2)
            {
                continue;
            }

            var violations = Violations(approximate, kinds, order, j, fixedMilestones);
            if (violations < bestViolations || (violations == bestViolations && gaps[j] > gaps[best]))
            {
                best = j;
                bestViolations = violations;
            }
        }

        for (var j = 0; j < best; j++)
        {
            offsets[order[j]] = 1;
        }

        return offsets;
    }

    private static int Violations(
        IReadOnlyList<DateTimeOffset> approximate,
        IReadOnlyList<EventKind> kinds,
        int[] order,
        int start,
        IReadOnlyDictionary<EventKind, DateTimeOffset> fixedMilestones)
    {
        var milestones = new Dictionary<EventKind, DateTimeOffset>(fixedMilestones);
        for (var j = 0; j < order.Length; j++)
        {
            var i = order[j];
            if (kinds[i] <= EventKind.Resolved)
            {
                milestones.TryAdd(kinds[i], approximate[i] + (j < start ? Day : TimeSpan.Zero));
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
