using System.Globalization;
using System.Net;
using System.Text;
using McpPostmortem.Model;
using McpPostmortem.Timeline;

namespace McpPostmortem.Rendering.Html;

/// <summary>
/// Draws the phases of an incident as bars on a time axis in plain SVG: each bar runs from one
/// milestone to the next (started, detected, acknowledged, mitigated, resolved). No script and no
/// fetched resources, so the chart shows in any browser, offline and in print.
/// </summary>
public static class IncidentChart
{
    private const int Width = 760;
    private const int LabelWidth = 230;
    private const int RowHeight = 30;
    private const int Top = 12;
    private const int AxisHeight = 34;
    private const int Ticks = 5;

    private static readonly string[] Colors = ["#cf222e", "#bc4c00", "#9a6700", "#1a7f37"];

    /// <summary>The chart as an SVG element, or "" when fewer than two milestones are recorded.</summary>
    public static string Svg(Postmortem postmortem)
    {
        var milestones = postmortem.Timeline
            .Where(e => e.Kind <= EventKind.Resolved)
            .OrderBy(e => e.Kind)
            .ToList();
        if (milestones.Count < 2)
        {
            return "";
        }

        var zone = IncidentZone.Find(postmortem.TimeZone);
        var start = milestones.Min(e => e.Time);
        var end = milestones.Max(e => e.Time);
        var span = Math.Max((end - start).TotalMinutes, 1);
        var plot = Width - LabelWidth - 20;
        double X(DateTimeOffset t) => LabelWidth + ((t - start).TotalMinutes / span * plot);

        var rows = milestones.Count - 1;
        var height = Top + (rows * RowHeight) + AxisHeight;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" ");
        svg.Append("aria-labelledby=\"incident-chart-title\" font-family=\"system-ui, sans-serif\" font-size=\"13\">");
        svg.Append("<title id=\"incident-chart-title\">Incident phases from ")
            .Append(Name(milestones[0].Kind)).Append(" to ").Append(Name(milestones[^1].Kind)).Append("</title>");

        for (var i = 0; i < rows; i++)
        {
            var from = milestones[i];
            var to = milestones[i + 1];
            var y = Top + (i * RowHeight);
            var x = X(from.Time);
            var w = Math.Max(X(to.Time) - x, 2);
            var minutes = (to.Time - from.Time).TotalMinutes;
            var label = $"{Label(from.Kind)} → {Name(to.Kind)}";
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{y + 19}\" text-anchor=\"end\" fill=\"#1b1f24\">" +
                $"{Escape(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{x:0.#}\" y=\"{y + 5}\" width=\"{w:0.#}\" height=\"{RowHeight - 10}\" rx=\"3\" " +
                $"fill=\"{Colors[i % Colors.Length]}\"><title>{Escape(label)}: " +
                $"{Escape(IncidentMetrics.FormatDuration(minutes))}</title></rect>");
            var textX = Math.Min(x + w + 6, Width - 4);
            var anchor = x + w + 60 > Width ? "end" : "start";
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{(anchor == "end" ? x - 6 : textX):0.#}\" y=\"{y + 19}\" text-anchor=\"{anchor}\" " +
                $"fill=\"#57606a\">{Escape(IncidentMetrics.FormatDuration(minutes))}</text>");
        }

        var axisY = Top + (rows * RowHeight) + 6;
        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{LabelWidth}\" y1=\"{axisY}\" x2=\"{LabelWidth + plot}\" y2=\"{axisY}\" stroke=\"#57606a\"/>");
        for (var i = 0; i <= Ticks; i++)
        {
            var t = start.AddMinutes(span * i / Ticks);
            var x = X(t);
            var local = TimeZoneInfo.ConvertTime(t, zone).ToString("HH:mm", CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{x:0.#}\" y1=\"{axisY}\" x2=\"{x:0.#}\" y2=\"{axisY + 5}\" stroke=\"#57606a\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x:0.#}\" y=\"{axisY + 19}\" text-anchor=\"middle\" fill=\"#57606a\">{local}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Name(EventKind kind) => Serialization.EnumNames.Of(kind);

    private static string Label(EventKind kind)
    {
        var name = Name(kind);
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
