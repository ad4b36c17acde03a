using System.Globalization;
using System.Text;
using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>
/// Draws the incident as a Mermaid gantt chart that GitHub renders: the phases from started to
/// resolved as bars, the impact window in red, and the milestones and deploys as diamonds. Times
/// are wall-clock times in the incident's zone, which the title names. User text is escaped so it
/// cannot break the chart syntax.
/// </summary>
public static class IncidentChart
{
    private const string DateFormat = "yyyy-MM-dd HH:mm:ss";

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
        chart.Append(CultureInfo.InvariantCulture, $"    title {Escape(postmortem.Title)} (times {zone.Id})\n");
        chart.Append("    dateFormat YYYY-MM-DD HH:mm:ss\n");
        var days = milestones.Values.Select(e => TimeZoneInfo.ConvertTime(e.Time, zone).Date).Distinct().Count();
        chart.Append(days > 1 ? "    axisFormat %d %b %H:%M\n" : "    axisFormat %H:%M\n");
        AppendPhases(chart, milestones, zone);
        chart.Append("    section Milestones\n");
        var number = 0;
        foreach (var (kind, label) in MilestoneLabels)
        {
            if (milestones.TryGetValue(kind, out var e))
            {
                AppendMarker(chart, $"{label} {Clock(e.Time, zone)}", $"m{++number}", e.Time, zone);
            }
        }

        var deploys = postmortem.Timeline.Where(e => e.Kind == EventKind.Deploy).ToList();
        if (deploys.Count > 0)
        {
            chart.Append("    section Deploys\n");
            foreach (var deploy in deploys)
            {
                var label = $"{Clock(deploy.Time, zone)} {Short(deploy.Description)}";
                AppendMarker(chart, label, $"d{++number}", deploy.Time, zone);
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

    private static void AppendPhases(
        StringBuilder chart,
        Dictionary<EventKind, TimelineEvent> milestones,
        TimeZoneInfo zone)
    {
        var lines = new List<string>();
        if (milestones.TryGetValue(EventKind.Started, out var started)
            && milestones.TryGetValue(EventKind.Mitigated, out var mitigated) && started.Time < mitigated.Time)
        {
            lines.Add("    Impact (started to mitigated) :crit, impact, " +
                $"{Local(started.Time, zone)}, {Local(mitigated.Time, zone)}");
        }

        var number = 0;
        foreach (var (from, to, label) in Phases)
        {
            if (milestones.TryGetValue(from, out var a) && milestones.TryGetValue(to, out var b) && a.Time < b.Time)
            {
                lines.Add($"    {label} :p{++number}, {Local(a.Time, zone)}, {Local(b.Time, zone)}");
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

    private static void AppendMarker(
        StringBuilder chart,
        string label,
        string id,
        DateTimeOffset time,
        TimeZoneInfo zone) =>
        chart.Append(CultureInfo.InvariantCulture, $"    {Escape(label)} :milestone, {id}, {Local(time, zone)}, 0m\n");

    private static string Local(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string Clock(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 48 ? line : line[..45] + "...";
    }
}
