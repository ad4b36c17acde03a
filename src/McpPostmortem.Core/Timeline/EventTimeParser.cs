using System.Globalization;
using McpPostmortem.Editing;
using McpPostmortem.Errors;

namespace McpPostmortem.Timeline;

/// <summary>
/// Reads the time of a timeline event: ISO 8601 with an offset, or a bare wall-clock time read in
/// the incident's zone on the incident date. Local times that do not exist or exist twice (at a
/// daylight-saving change) are refused with what to write instead; nothing is silently shifted.
/// </summary>
public static class EventTimeParser
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
    ];

    private static readonly string[] BareFormats =
    [
        "H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss", "h:mm tt", "h:mm:ss tt", "h:mmtt", "h tt", "htt",
    ];

    public static ParsedTime Parse(string? text, DateOnly incidentDate, TimeZoneInfo zone, string argument = "time")
    {
        var original = (text ?? "").Trim();
        if (original.Length == 0)
        {
            throw new PostmortemException($"'{argument}' is required: give a time such as '14:32' or an ISO 8601 time.");
        }

        if (DateTimeOffset.TryParseExact(original, IsoFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var absolute) && HasZone(original))
        {
            return new ParsedTime(absolute, original, absolute.Offset, IsBare: false);
        }

        if (DateTime.TryParseExact(original, BareFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.NoCurrentDateDefault, out var wallClock))
        {
            var local = incidentDate.ToDateTime(TimeOnly.FromTimeSpan(wallClock.TimeOfDay));
            var instant = InZone(local, zone, original, argument);
            return new ParsedTime(instant, original, instant.Offset, IsBare: true);
        }

        throw new PostmortemException(
            $"'{argument}' value '{Input.Clip(original)}' is not a time I can read. Write ISO 8601 with an offset " +
            "('2025-07-09T14:31:12+02:00' or '...Z'), or a bare time in the incident's zone ('14:32', '2:45 PM').");
    }

    /// <summary>
    /// Places a wall-clock time in a zone, refusing times a daylight-saving change skips or repeats.
    /// </summary>
    public static DateTimeOffset InZone(DateTime local, TimeZoneInfo zone, string original, string argument)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            throw new PostmortemException(
                $"'{argument}' value '{original}' does not exist in {zone.Id} on {local:yyyy-MM-dd}: the clocks " +
                "jumped forward over it. Give the time with an explicit offset or in UTC.");
        }

        if (zone.IsAmbiguousTime(unspecified))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(unspecified).Select(o => Offset(o));
            throw new PostmortemException(
                $"'{argument}' value '{original}' happens twice in {zone.Id} on {local:yyyy-MM-dd} (clocks went " +
                $"back); add the offset you mean, one of {string.Join(" or ", offsets)}, or give it in UTC.");
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    /// <summary>Formats an offset as "+02:00".</summary>
    public static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static bool HasZone(string text)
    {
        // An ISO time without Z or an offset would silently be read as UTC; it must name its zone.
        var timePart = text.Length > 10 ? text[10..] : "";
        return timePart.EndsWith('Z') || timePart.EndsWith('z')
            || timePart.Contains('+', StringComparison.Ordinal) || timePart.LastIndexOf('-') > 0;
    }
}
