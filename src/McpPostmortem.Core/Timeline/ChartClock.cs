using System.Globalization;

namespace McpPostmortem.Timeline;

/// <summary>
/// How the chart labels a time in the incident's zone: "14:32", with the day ("2 Nov 14:32") when
/// the chart spans several days, and with the offset ("01:30 UTC-04:00") when daylight saving
/// changes it within the chart, so that a time in a repeated hour is unambiguous.
/// </summary>
public sealed record ChartClock(TimeZoneInfo Zone, bool MultiDay, bool OffsetsVary)
{
    public string Format(DateTimeOffset time)
    {
        var local = TimeZoneInfo.ConvertTime(time, Zone);
        var text = local.ToString(MultiDay ? "d MMM HH:mm" : "HH:mm", CultureInfo.InvariantCulture);
        return OffsetsVary ? $"{text} {IncidentZone.OffsetLabel(time, Zone)}" : text;
    }
}
