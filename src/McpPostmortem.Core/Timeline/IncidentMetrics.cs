using System.Globalization;
using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>
/// Computes time to detect, acknowledge, mitigate and resolve, and the impact duration, from the
/// milestones of a timeline. Vendors anchor these differently, so each metric carries its formula.
/// </summary>
public static class IncidentMetrics
{
    private static readonly (string Key, string Name, EventKind From, EventKind To)[] Definitions =
    [
        ("time_to_detect", "Time to detect", EventKind.Started, EventKind.Detected),
        ("time_to_acknowledge", "Time to acknowledge", EventKind.Detected, EventKind.Acknowledged),
        ("time_to_mitigate", "Time to mitigate", EventKind.Started, EventKind.Mitigated),
        ("time_to_resolve", "Time to resolve", EventKind.Started, EventKind.Resolved),
        ("impact_duration", "Impact duration", EventKind.Started, EventKind.Mitigated),
    ];

    public static IReadOnlyList<Metric> Compute(IReadOnlyList<TimelineEvent> timeline)
    {
        var metrics = new List<Metric>(Definitions.Length);
        foreach (var (key, name, from, to) in Definitions)
        {
            var formula = $"{Name(to)} - {Name(from)}";
            var start = Find(timeline, from);
            var end = Find(timeline, to);
            if (start is null || end is null)
            {
                var missing = new[] { (from, start), (to, end) }.Where(m => m.Item2 is null).Select(m => Name(m.Item1));
                metrics.Add(new Metric(key, name, formula, null, $"n/a (missing {string.Join(" and ", missing)})"));
                continue;
            }

            var minutes = (end.Value - start.Value).TotalMinutes;
            var display = minutes < 0
                ? $"{FormatDuration(minutes)} (invalid: {Name(to)} is before {Name(from)})"
                : FormatDuration(minutes);
            metrics.Add(new Metric(key, name, formula, minutes, display));
        }

        return metrics;
    }

    /// <summary>Formats minutes as "48 s", "25 min", "2 h 5 min" or "1 d 3 h 0 min".</summary>
    public static string FormatDuration(double minutes)
    {
        var sign = minutes < 0 ? "-" : "";
        var span = TimeSpan.FromMinutes(Math.Abs(minutes));
        var seconds = span.Seconds > 0 ? $" {span.Seconds} s" : "";
        if (span.TotalMinutes < 1 && span.Seconds > 0)
        {
            return $"{sign}{span.Seconds} s";
        }

        if (span.TotalHours < 1)
        {
            return $"{sign}{(int)span.TotalMinutes} min{seconds}";
        }

        if (span.TotalDays < 1)
        {
            return $"{sign}{(int)span.TotalHours} h {span.Minutes} min{seconds}";
        }

        return $"{sign}{(int)span.TotalDays} d {span.Hours} h {span.Minutes} min{seconds}";
    }

    private static DateTimeOffset? Find(IReadOnlyList<TimelineEvent> timeline, EventKind kind)
    {
        foreach (var e in timeline)
        {
            if (e.Kind == kind)
            {
                return e.Time;
            }
        }

        return null;
    }

    private static string Name(EventKind kind) => kind.ToString().ToLower(CultureInfo.InvariantCulture);
}
