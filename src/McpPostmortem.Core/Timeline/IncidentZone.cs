using System.Globalization;
using McpPostmortem.Errors;

namespace McpPostmortem.Timeline;

/// <summary>Finds an incident's IANA time zone and shows instants in it, with the zone named.</summary>
public static class IncidentZone
{
    /// <summary>Returns the zone for an IANA id such as "Europe/Berlin"; refuses unknown ids.</summary>
    public static TimeZoneInfo Find(string ianaId)
    {
        if (string.Equals(ianaId, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            return TimeZoneInfo.Utc;
        }

        if (!string.IsNullOrWhiteSpace(ianaId) && ianaId.Contains('/', StringComparison.Ordinal)
            && TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone))
        {
            return zone;
        }

        throw new PostmortemException(
            $"'timezone' must be an IANA time zone such as 'Europe/Berlin', 'America/Chicago' or 'UTC'; " +
            $"'{ianaId}' is not one. Abbreviations such as 'CET' or 'IST' are ambiguous or not zones.");
    }

    /// <summary>The instant as local wall-clock time in the zone: "2025-07-09 14:31:12" or "14:31".</summary>
    public static string FormatLocal(DateTimeOffset utc, TimeZoneInfo zone) =>
        FormatLocal(TimeZoneInfo.ConvertTime(utc, zone));

    /// <summary>A local time as "2025-03-14 14:32", with seconds only when it has them.</summary>
    public static string FormatLocal(DateTimeOffset local)
    {
        var format = local.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>The offset of the zone at that instant, as "UTC+02:00".</summary>
    public static string OffsetLabel(DateTimeOffset utc, TimeZoneInfo zone) =>
        OffsetLabel(zone.GetUtcOffset(utc));

    /// <summary>An offset from UTC as "UTC+02:00".</summary>
    public static string OffsetLabel(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"UTC{sign}{offset.Duration():hh\\:mm}";
    }
}
