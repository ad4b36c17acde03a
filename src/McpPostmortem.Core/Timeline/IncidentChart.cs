using System.Globalization;
using System.Text;
using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>
/// Draws the incident as a Mermaid gantt chart that GitHub renders: the phases from started to
/// resolved as bars, the impact window in red, and the milestones and deploys as diamonds. Bars are
/// placed by Unix milliseconds, not wall-clock text: Mermaid reads wall-clock text in the viewer's
/// browser zone, so a daylight-saving change there (or in the incident's zone) would stretch or
/// shrink bars. The axis has no clock labels for the same reason (it could only show the viewer's
/// zone); instead every phase is labelled with its duration and every milestone with its time in
/// the incident's zone, which the title names. User text is escaped so it cannot break the syntax.
/// </summary>
public static class IncidentChart
{
    private static readonly (EventKind From, EventKind To, string Label)[] Phases =
    [
        (EventKind.Started, EventKind.Detected, "Undetected (started to detected)"),
        (EventKind.Detected, EventKind.Acknowledged, "Waiting for a responder (detected to acknowledged)"),
        (EventKind.Acknowledged, EventKind.Mitigated, "Responding (acknowledged to mitigated)"),
        (EventKind.Mitigated, EventKind.Resolved, "Recovering (mitigated to resolved)"),
    ];

    private static readonly (EventKind Kind, string Label)[] MilestoneLabels =
    [
        (EventKind.Started, "Impact started"),
        (EventKind.Detected, "Detected"),
        (EventKind.Acknowledged, "Acknowledged"),
        (EventKind.Mitigated, "Mitigated"),
        (EventKind.Resolved, "Resolved"),
    ];

    /// <summary>
    /// The chart as a fenced ```mermaid block, or empty when the timeline has no milestone to draw.
    /// </summary>
    public static string Render(Postmortem postmortem)
    {
        var milestones = new Dictionary<EventKind, TimelineEvent>();
        foreach (var e in postmortem.Timeline.Where(e => e.Kind <= EventKind.Resolved))
        {
            milestones.TryAdd(e.Kind, e);
        }

        if (milestones.Count == 0)
        {
            return "";
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(postmortem.TimeZone, out var found)
            ? found
            : TimeZoneInfo.Utc;
        var chart = new StringBuilder();
        chart.Append("```mermaid\n");
        chart.Append("gantt\n");
        var deploys = postmortem.Timeline.Where(e => e.Kind == EventKind.Deploy).ToList();
        var shown = milestones.Values.Concat(deploys).Select(e => e.Time).ToList();
        var clock = new ChartClock(zone,
            MultiDay: shown.Select(t => TimeZoneInfo.ConvertTime(t, zone).Date).Distinct().Count() > 1,
            OffsetsVary: shown.Select(t => zone.GetUtcOffset(t)).Distinct().Count() > 1);
        chart.Append(CultureInfo.InvariantCulture,
            $"    title {Escape(postmortem.Title)} (bars to scale, times {zone.Id})\n");
        chart.Append("    dateFormat x\n");
        chart.Append("    axisFormat \u00B7\n");
        chart.Append("    todayMarker off\n");
        AppendPhases(chart, milestones);
        chart.Append("    section Milestones\n");
        var number = 0;
        foreach (var (kind, label) in MilestoneLabels)
        {
            if (milestones.TryGetValue(kind, out var e))
            {
                AppendMarker(chart, $"{label} {clock.Format(e.Time)}", $"m{++number}", e.Time);
            }
        }

        if (deploys.Count > 0)
        {
            chart.Append("    section Deploys\n");
            foreach (var deploy in deploys)
            {
                var label = $"{clock.Format(deploy.Time)} {Short(deploy.Description)}";
                AppendMarker(chart, label, $"d{++number}", deploy.Time);
            }
        }

        chart.Append("```");
        return chart.ToString();
    }

    /// <summary>
    /// Makes text safe inside a Mermaid gantt line: ':' separates a task's name from its data, ';'
    /// ends a statement, '#' starts an entity and '%%' a comment, so each is replaced by a
    /// look-alike; line breaks become spaces.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                ':' => '\u2236',
                ';' => ',',
                '#' => '\u266F',
                '%' => '\u066A',
                '\r' or '\n' or '\t' => ' ',
                '`' => '\'',
                _ => c,
            });
        }

        return builder.ToString().Trim();
    }

    private static void AppendPhases(StringBuilder chart, Dictionary<EventKind, TimelineEvent> milestones)
    {
        var lines = new List<string>();
        if (milestones.TryGetValue(EventKind.Started, out var started)
            && milestones.TryGetValue(EventKind.Mitigated, out var mitigated) && started.Time < mitigated.Time)
        {
            lines.Add($"    Impact {Duration(started, mitigated)} (started to mitigated) :crit, impact, " +
                $"{Position(started.Time)}, {Position(mitigated.Time)}");
        }

        var number = 0;
        foreach (var (from, to, label) in Phases)
        {
            if (milestones.TryGetValue(from, out var a) && milestones.TryGetValue(to, out var b) && a.Time < b.Time)
            {
                var (name, span) = (label[..label.IndexOf(" (", StringComparison.Ordinal)],
                    label[label.IndexOf(" (", StringComparison.Ordinal)..]);
                lines.Add($"    {Escape($"{name} {Duration(a, b)}")}{span} :p{++number}, " +
                    $"{Position(a.Time)}, {Position(b.Time)}");
            }
        }

        if (lines.Count == 0)
        {
            return;
        }

        chart.Append("    section Phases\n");
        foreach (var line in lines)
        {
            chart.Append(line).Append('\n');
        }
    }

    private static void AppendMarker(StringBuilder chart, string label, string id, DateTimeOffset time) =>
        chart.Append(CultureInfo.InvariantCulture, $"    {Escape(label)} :milestone, {id}, {Position(time)}, 0m\n");

    /// <summary>The instant as Unix milliseconds, which Mermaid places the same in every browser zone.</summary>
    public static string Position(DateTimeOffset time) =>
        time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static string Duration(TimelineEvent from, TimelineEvent to) =>
        IncidentMetrics.FormatDuration((to.Time - from.Time).TotalMinutes);

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 48 ? line : line[..45] + "...";
    }
}
