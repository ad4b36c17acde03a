using System.Globalization;
using McpPostmortem.Linting;
using McpPostmortem.Model;
using McpPostmortem.Serialization;

namespace McpPostmortem.Timeline;

/// <summary>
/// Checks a timeline against its own rules and the prose around it: milestones out of order
/// ("timeline/milestone-order"), a duration in the summary or impact that fits none of the computed
/// metrics ("timeline/duration-mismatch"), and a deploy shortly before impact started
/// ("timeline/deploy-before-impact"). Returns findings as data and never throws on user text.
/// </summary>
public static class TimelineFindings
{
    /// <summary>How long before impact a deploy counts as a likely trigger.</summary>
    public static readonly TimeSpan TriggerWindow = TimeSpan.FromMinutes(60);

    /// <summary>
    /// Every pair the rules started &lt;= detected &lt;= acknowledged and started &lt;= mitigated
    /// &lt;= resolved imply. A pair that skips a milestone is checked only while that milestone is
    /// missing; when it is present, the two neighbouring pairs already cover it.
    /// </summary>
    private static readonly (EventKind Earlier, EventKind Later, EventKind? Between)[] OrderRules =
    [
        (EventKind.Started, EventKind.Detected, null),
        (EventKind.Detected, EventKind.Acknowledged, null),
        (EventKind.Started, EventKind.Acknowledged, EventKind.Detected),
        (EventKind.Started, EventKind.Mitigated, null),
        (EventKind.Mitigated, EventKind.Resolved, null),
        (EventKind.Started, EventKind.Resolved, EventKind.Mitigated),
    ];

    /// <summary>Every timeline finding of the postmortem, in a stable order.</summary>
    public static IReadOnlyList<LintFinding> Check(Postmortem postmortem)
    {
        var findings = new List<LintFinding>();
        var milestones = Milestones(postmortem.Timeline);
        var zone = ZoneOrUtc(postmortem.TimeZone);
        findings.AddRange(Order(milestones, zone));
        var metrics = IncidentMetrics.Compute(postmortem.Timeline);
        findings.AddRange(Durations(postmortem.Summary, "summary", "", metrics));
        findings.AddRange(Durations(postmortem.Impact.Duration, "impact", "duration", metrics));
        findings.AddRange(Triggers(postmortem.Timeline, milestones, zone));
        return findings;
    }

    /// <summary>
    /// The milestone-order errors alone: milestones whose times break the ordering rules, which make
    /// the metrics negative. The review gate refuses approval while any remains.
    /// </summary>
    public static IReadOnlyList<LintFinding> MilestoneOrder(Postmortem postmortem) =>
        Order(Milestones(postmortem.Timeline), ZoneOrUtc(postmortem.TimeZone)).ToList();

    private static Dictionary<EventKind, TimelineEvent> Milestones(IReadOnlyList<TimelineEvent> timeline)
    {
        var milestones = new Dictionary<EventKind, TimelineEvent>();
        foreach (var e in timeline.Where(e => e.Kind <= EventKind.Resolved))
        {
            milestones.TryAdd(e.Kind, e);
        }

        return milestones;
    }

    private static IEnumerable<LintFinding> Order(Dictionary<EventKind, TimelineEvent> milestones, TimeZoneInfo zone)
    {
        foreach (var (earlier, later, between) in OrderRules)
        {
            if (!milestones.TryGetValue(earlier, out var a) || !milestones.TryGetValue(later, out var b)
                || a.Time <= b.Time || (between is { } middle && milestones.ContainsKey(middle)))
            {
                continue;
            }

            var (first, second) = (EnumNames.Of(earlier), EnumNames.Of(later));
            yield return new LintFinding
            {
                RuleId = "timeline/milestone-order",
                Category = "milestone order",
                Severity = FindingSeverity.Error,
                Message = $"'{first}' ({a.Id}, {Local(a.Time, zone)}) is after '{second}' ({b.Id}, " +
                    $"{Local(b.Time, zone)}), but {first} <= {second} must hold; the metrics using them are " +
                    "wrong, and the postmortem cannot be approved until this is fixed.",
                Suggestion = "Check both times. If one happened on another day, give it with its date " +
                    $"('{LocalDate(b.Time.AddDays(1), zone)} {LocalClock(b.Time, zone)}' or " +
                    $"'{LocalDate(a.Time.AddDays(-1), zone)} {LocalClock(a.Time, zone)}', read in the incident's " +
                    "zone) through update_timeline_event; if a kind is wrong, change the kind.",
                Excerpt = $"{a.Id}, {b.Id}",
                Location = new LintLocation { Section = "timeline", ItemId = a.Id, Field = "time" },
            };
        }
    }

    private static IEnumerable<LintFinding> Durations(
        string text,
        string section,
        string field,
        IReadOnlyList<Metric> metrics)
    {
        var known = metrics.Where(m => m.Minutes is not null).ToList();
        if (known.Count == 0)
        {
            yield break;
        }

        var computed = string.Join("; ", known.Select(m => $"{m.Name} = {m.Display} ({m.Formula})"));
        foreach (var written in DurationText.Find(text))
        {
            if (known.Any(m => written.Allows(m.Minutes!.Value)))
            {
                continue;
            }

            yield return new LintFinding
            {
                RuleId = "timeline/duration-mismatch",
                Category = "duration mismatch",
                Severity = FindingSeverity.Warning,
                Message = $"The {section} says '{written.Text}', which matches none of the durations computed from " +
                    $"the timeline: {computed}.",
                Suggestion = "Correct the duration (impact duration is mitigated - started), or fix the milestone " +
                    "times. If the words describe something else (a retry window, a canary), leave them.",
                Excerpt = written.Text,
                Location = new LintLocation
                {
                    Section = section,
                    Field = field,
                    Start = written.Start,
                    Length = written.Text.Length,
                    Column = written.Start + 1,
                },
            };
        }
    }

    private static IEnumerable<LintFinding> Triggers(
        IReadOnlyList<TimelineEvent> timeline,
        Dictionary<EventKind, TimelineEvent> milestones,
        TimeZoneInfo zone)
    {
        if (!milestones.TryGetValue(EventKind.Started, out var started))
        {
            yield break;
        }

        foreach (var deploy in timeline.Where(e => e.Kind == EventKind.Deploy
            && e.Time <= started.Time && started.Time - e.Time <= TriggerWindow))
        {
            var before = IncidentMetrics.FormatDuration((started.Time - deploy.Time).TotalMinutes);
            yield return new LintFinding
            {
                RuleId = "timeline/deploy-before-impact",
                Category = "likely trigger",
                Severity = FindingSeverity.Info,
                Message = $"Deploy {deploy.Id} at {Local(deploy.Time, zone)} happened {before} before impact started " +
                    $"({started.Id}, {Local(started.Time, zone)}): \"{Clip(deploy.Description)}\".",
                Suggestion = "If this change triggered the incident, name it in the summary and the root cause; " +
                    "if it did not, say why it was ruled out.",
                Excerpt = Clip(deploy.Description),
                Location = new LintLocation { Section = "timeline", ItemId = deploy.Id, Field = "description" },
            };
        }
    }

    private static string Local(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) +
        " " + zone.Id + (zone.SupportsDaylightSavingTime ? " " + IncidentZone.OffsetLabel(time, zone) : "");

    private static string LocalDate(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string LocalClock(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Clip(string text) => text.Length <= 100 ? text : text[..97] + "...";

    private static TimeZoneInfo ZoneOrUtc(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
