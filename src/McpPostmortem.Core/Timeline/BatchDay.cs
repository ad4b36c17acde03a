using System.Globalization;
using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>
/// Chooses the day a call's dateless times start on. With an empty timeline they start on the
/// incident date. When the timeline already has events, a later call's block that would land far
/// from them on the incident date, but within 12 hours of them a day later or earlier (bare times
/// after a midnight rollover, a deploy just before midnight), starts on that day instead, unless that
/// breaks more milestone-ordering rules. Each such move, and a block still far from the timeline,
/// is reported so the caller can write the date where the guess is wrong.
/// </summary>
public static class BatchDay
{
    /// <summary>How far from the timeline a block may land on another day for that day to be chosen.</summary>
    public static readonly TimeSpan NearEnough = TimeSpan.FromHours(12);

    private static readonly int[] OtherDays = [1, -1];

    /// <summary>
    /// The shift in days from the incident date (-1, 0 or 1) for a block that <paramref name="placeOn"/>
    /// places from a given shift, returning the block's times and the ordering rules it breaks.
    /// </summary>
    public static int Shift(
        IReadOnlyList<TimelineEvent> stored,
        Func<int, (IReadOnlyList<DateTimeOffset> Times, int Violations)> placeOn)
    {
        var (times, violations) = placeOn(0);
        if (stored.Count == 0 || times.Count == 0)
        {
            return 0;
        }

        var best = 0;
        var bestDistance = Distance(times, stored);
        foreach (var shift in OtherDays)
        {
            var (shifted, broken) = placeOn(shift);
            var distance = Distance(shifted, stored);
            if (distance <= NearEnough
                && (broken < violations || (broken == violations && distance < bestDistance)))
            {
                (best, bestDistance, violations) = (shift, distance, broken);
            }
        }

        return best;
    }

    /// <summary>How far the block lies outside the span of the stored events; zero when it overlaps.</summary>
    public static TimeSpan Distance(IReadOnlyList<DateTimeOffset> times, IReadOnlyList<TimelineEvent> stored) =>
        Distance(times, stored.Select(e => e.Time).ToList());

    /// <summary>How far the block lies outside the span of the stored times; zero when it overlaps.</summary>
    public static TimeSpan Distance(IReadOnlyList<DateTimeOffset> times, IReadOnlyList<DateTimeOffset> stored)
    {
        if (times.Count == 0 || stored.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var (first, last) = (stored.Min(), stored.Max());
        var (low, high) = (times.Min(), times.Max());
        return high < first ? first - high : low > last ? low - last : TimeSpan.Zero;
    }

    /// <summary>
    /// The notices for a block placed from <paramref name="shift"/>: moved, or still far away.
    /// <paramref name="example"/> is one of its times as written, used in the suggested fix.
    /// </summary>
    public static IEnumerable<string> Notices(
        string what,
        int shift,
        IReadOnlyList<DateTimeOffset> times,
        string example,
        Postmortem postmortem,
        TimeZoneInfo zone)
    {
        if (postmortem.Timeline.Count == 0 || times.Count == 0)
        {
            yield break;
        }

        var span = $"{Local(postmortem.Timeline.Min(e => e.Time), zone)} to " +
            $"{Local(postmortem.Timeline.Max(e => e.Time), zone)}";
        var day = postmortem.IncidentDate.AddDays(shift).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (shift != 0)
        {
            yield return $"The times without a date in {what} were placed from {day}, not the incident date " +
                $"{Iso(postmortem.IncidentDate)}: that keeps them nearest the timeline already stored " +
                $"({span}). Where that is wrong, write the date ('{Iso(postmortem.IncidentDate)} {example}').";
        }

        var distance = Distance(times, postmortem.Timeline);
        if (distance > NearEnough)
        {
            var before = times.Max() < postmortem.Timeline.Min(e => e.Time);
            var toward = Iso(postmortem.IncidentDate.AddDays(shift + (before ? 1 : -1)));
            yield return $"The times without a date in {what} were read from {day} and lie " +
                $"{IncidentMetrics.FormatDuration(distance.TotalMinutes)} {(before ? "before" : "after")} the " +
                $"timeline already stored ({span}). If they happened on another day, write the date with each " +
                $"time, such as '{toward} {example}'.";
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
