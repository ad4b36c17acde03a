using System.Globalization;
using System.Text.RegularExpressions;
using McpPostmortem.Editing;
using McpPostmortem.Errors;

namespace McpPostmortem.Timeline;

/// <summary>
/// Reads the time of a timeline event: ISO 8601 with an offset or Z; a local date and time
/// ("2025-11-13 00:04") or a bare time ("14:32", "2:45 PM") read in the incident's zone; or either
/// followed by an explicit zone: an IANA name, UTC, an offset ("+02:00") or an unambiguous
/// abbreviation. Ambiguous abbreviations, and local times that do not exist or exist twice at a
/// daylight-saving change, are refused with what to write instead; nothing is silently shifted.
/// </summary>
public static partial class EventTimeParser
{
    private const string Example =
        "Write ISO 8601 with an offset ('2025-07-09T14:31:12+02:00' or '2025-07-09T12:31:12Z'), a bare " +
        "time in the incident's zone ('14:32', '2:45 PM'), a local date and time ('2025-07-10 00:15'), " +
        "or a time with a zone ('14:32 UTC', '14:32 Europe/Berlin', '14:32 +02:00').";

    /// <summary>Splits a written time into its parts; refuses text that is not a time.</summary>
    public static WrittenTime Read(string? text, string argument = "time")
    {
        var original = (text ?? "").Trim();
        if (original.Length == 0)
        {
            throw new PostmortemException($"'{argument}' is required. {Example}");
        }

        var match = TimePattern().Match(original);
        if (!match.Success)
        {
            throw new PostmortemException(
                $"'{argument}' value '{Input.Clip(original)}' is not a time I can read. {Example}");
        }

        var date = ReadDate(match.Groups["date"].Value, original, argument);
        var wallClock = ReadClock(match, original, argument);
        var zoneText = match.Groups["zone"].Value.Trim();
        if (zoneText.Length == 0)
        {
            return new WrittenTime(original, date, wallClock, Zone: null, FixedOffset: null);
        }

        if (OffsetPattern().Match(zoneText) is { Success: true } offsetMatch)
        {
            return new WrittenTime(original, date, wallClock, null, ReadOffset(offsetMatch, original, argument));
        }

        if (zoneText.Contains('/', StringComparison.Ordinal))
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(zoneText, out var zone))
            {
                return new WrittenTime(original, date, wallClock, zone, null);
            }

            throw new PostmortemException(
                $"'{argument}' value '{Input.Clip(original)}' names the zone '{Input.Clip(zoneText)}', which is " +
                "not an IANA time zone. Use a name such as 'Europe/Berlin' or 'America/Chicago', or an offset.");
        }

        var abbreviation = Abbreviation(zoneText, original, argument);
        return new WrittenTime(original, date, wallClock, null, abbreviation.Offset, abbreviation);
    }

    /// <summary>
    /// True when a word written after a time names a zone the way <see cref="Read"/> takes it: Z, UTC,
    /// GMT, an offset ("+02:00", "UTC+2"), an IANA name ("Europe/Berlin"; a name under a known
    /// area is taken even when unknown, so that it is refused rather than read as text), or an
    /// abbreviation in capitals that the table knows, ambiguous ones included so they are refused.
    /// </summary>
    public static bool IsZoneWord(string word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        // A bare signed number is an offset only in full form ("+02:00", "-0500"): chat says "+1".
        if (word[0] is '+' or '-')
        {
            return FullOffset().IsMatch(word);
        }

        if (word is "Z" or "z" || OffsetPattern().IsMatch(word)
            || word.Equals("UTC", StringComparison.OrdinalIgnoreCase)
            || word.Equals("GMT", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (word.Contains('/', StringComparison.Ordinal))
        {
            return IanaArea().IsMatch(word) || TimeZoneInfo.TryFindSystemTimeZoneById(word, out _);
        }

        return word.Length is >= 2 and <= 5 && word.All(char.IsAsciiLetterUpper) && ZoneAbbreviations.Find(word) is not null;
    }

    /// <summary>
    /// Reads a time and places it: a time without a date goes on <paramref name="day"/> in the
    /// incident's zone (or the zone it names).
    /// </summary>
    public static ParsedTime Parse(string? text, DateOnly day, TimeZoneInfo zone, string argument = "time") =>
        Read(text, argument).On(day, zone, argument);

    /// <summary>
    /// Places a wall-clock time in a zone, refusing times a daylight-saving change skips or repeats.
    /// </summary>
    public static DateTimeOffset InZone(DateTime local, TimeZoneInfo zone, string original, string argument)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var day = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var iso = local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        if (zone.IsInvalidTime(unspecified))
        {
            // The offsets on either side of the jump; the gap is at most a few hours wide.
            var before = zone.GetUtcOffset(unspecified.AddHours(-6));
            var after = zone.GetUtcOffset(unspecified.AddHours(6));
            throw new PostmortemException(
                $"'{argument}' value '{Input.Clip(original)}' does not exist in {zone.Id} on {day}: the clocks " +
                $"jumped forward over it, from {Offset(before)} to {Offset(after)}. Give the time with an " +
                $"explicit offset, '{iso}{Offset(before)}' (the clock before the change) or " +
                $"'{iso}{Offset(after)}' (the clock after it), or in UTC.");
        }

        if (zone.IsAmbiguousTime(unspecified))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(unspecified).OrderByDescending(o => o).ToList();
            throw new PostmortemException(
                $"'{argument}' value '{Input.Clip(original)}' happens twice in {zone.Id} on {day} (the clocks " +
                $"went back); add the offset you mean, '{iso}{Offset(offsets[0])}' for the first time or " +
                $"'{iso}{Offset(offsets[^1])}' for the second, or give it in UTC.");
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    /// <summary>Formats an offset as "+02:00".</summary>
    public static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static DateOnly? ReadDate(string text, string original, string argument)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new PostmortemException(
            $"'{argument}' value '{Input.Clip(original)}' has no valid date '{text}'. {Example}");
    }

    private static TimeOnly ReadClock(Match match, string original, string argument)
    {
        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = Number(match.Groups["minute"]);
        var second = Number(match.Groups["second"]);
        var fraction = match.Groups["fraction"].Success
            ? double.Parse("0." + match.Groups["fraction"].Value, CultureInfo.InvariantCulture)
            : 0;
        var meridiem = match.Groups["meridiem"].Value.Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
        var valid = meridiem.Length == 0 ? hour <= 23 : hour is >= 1 and <= 12;
        if (!valid || minute > 59 || second > 59 || (meridiem.Length == 0 && !match.Groups["minute"].Success))
        {
            throw new PostmortemException(
                $"'{argument}' value '{Input.Clip(original)}' is not a valid time of day. {Example}");
        }

        if (meridiem.Length > 0)
        {
            hour = hour % 12 + (meridiem == "PM" ? 12 : 0);
        }

        var ticks = (long)Math.Round(fraction * TimeSpan.TicksPerSecond);
        return new TimeOnly(hour, minute, second).Add(TimeSpan.FromTicks(ticks));
    }

    private static int Number(Group group) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;

    private static TimeSpan ReadOffset(Match match, string original, string argument)
    {
        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
        {
            throw new PostmortemException(
                $"'{argument}' value '{Input.Clip(original)}' has an offset outside -14:00..+14:00.");
        }

        var offset = new TimeSpan(hours, minutes, 0);
        return match.Groups["sign"].Value == "-" ? -offset : offset;
    }

    private static ZoneAbbreviation Abbreviation(string zoneText, string original, string argument)
    {
        var abbreviation = ZoneAbbreviations.Find(zoneText);
        if (abbreviation is null)
        {
            throw new PostmortemException(
                $"'{argument}' value '{Input.Clip(original)}' names the zone '{Input.Clip(zoneText)}', which I do " +
                "not know. Write an IANA zone ('14:32 Europe/Berlin'), UTC, or an offset ('14:32 +02:00').");
        }

        if (abbreviation.IsUnambiguous)
        {
            return abbreviation;
        }

        var clock = ExampleClock(original);
        var choices = string.Join(", ", abbreviation.Readings.Select(r => $"'{clock} {r.Zone}'"));
        throw new PostmortemException(
            $"'{argument}' value '{Input.Clip(original)}' uses '{abbreviation.Name}', which is ambiguous: it is used " +
            $"for {abbreviation.Ambiguity}. Write the IANA zone or the offset you mean instead: {choices}, or " +
            $"'{clock} {Offset(abbreviation.Readings[0].Offset)}'.");
    }

    private static string ExampleClock(string original)
    {
        var match = TimePattern().Match(original);
        return match.Success ? original[..match.Groups["zone"].Index].Trim() : "14:32";
    }

    [GeneratedRegex(
        @"^(?:(?<date>\d{4}-\d{2}-\d{2})(?:T|\s+))?(?<hour>\d{1,2})(?::(?<minute>\d{2})" +
        @"(?::(?<second>\d{2})(?:[.,](?<fraction>\d{1,7}))?)?)?" +
        @"(?:\s*(?<meridiem>[AaPp]\.?[Mm]\.?))?(?<zone>(?:\s*[+-].*|\s*[Zz]|\s+\S.*)?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^[+-]\d{2}:?\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex FullOffset();

    [GeneratedRegex(@"^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IanaArea();

    [GeneratedRegex(@"^(?:(?:UTC|GMT)\s*)?(?<sign>[+-])(?<h>\d{1,2})(?::?(?<m>\d{2}))?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OffsetPattern();
}
