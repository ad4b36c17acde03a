using System.Globalization;
using System.Text.RegularExpressions;
using McpPostmortem.Errors;

namespace McpPostmortem.Timeline;

/// <summary>
/// Splits one pasted line into sender, time and text: "Sender  [date] 14:35 [zone]  text". The time
/// is the first clock time on the line that is followed by text; a zone right after it (UTC, an
/// offset, an IANA name or an abbreviation in capitals) belongs to the time, with one space or more.
/// A date right before it is read when it is ISO ("2025-06-04", "2025-06-04T"), has a month name
/// ("Jun 4, 2025", "4 June") or is numeric and unambiguous ("2025/06/04", "13/6/2025"); a numeric
/// date that could be day-first or month-first ("3/9/2025") is refused rather than guessed, and so is
/// a weekday that does not fit its date. Never drops a date silently.
/// </summary>
public static partial class NoteMessageReader
{
    private const string Weekdays =
        "Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?";

    private const string Months =
        "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?" +
        "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly char[] SenderPunctuation = [':', ',', '|', '-', '–', '—', '[', '(', ' ', '\t'];

    /// <summary>
    /// The parts of a message line, or null when the line is not one (no clock time followed by
    /// text). Throws when the line writes a date that cannot be read without guessing.
    /// </summary>
    public static NoteMessage? Read(string line, string argument, DateOnly incidentDate)
    {
        foreach (Match clock in ClockPattern().Matches(line))
        {
            var end = clock.Index + clock.Length;
            var zone = ZoneWord().Match(line, end);
            var zoneText = "";
            if (zone.Success && EventTimeParser.IsZoneWord(zone.Groups["word"].Value))
            {
                zoneText = zone.Groups["word"].Value;
                end = zone.Index + zone.Length;
            }

            var tail = TailPattern().Match(line[end..]);
            if (!tail.Success)
            {
                continue;
            }

            var head = line[..clock.Index].TrimEnd().TrimEnd('[', '(');
            var date = ReadDate(head.TrimEnd(), argument, incidentDate);
            var dateStart = date?.Start ?? head.Length;
            var sender = head[..dateStart].Trim().TrimEnd(SenderPunctuation).Trim();
            var written = line[(date?.Start ?? clock.Index)..end].Trim();
            var gap = zoneText.Length > 0 && zone.Groups["gap"].Length == 0 ? "" : " ";
            var time = clock.Groups["clock"].Value + (zoneText.Length > 0 ? gap + zoneText : "");
            var timeText = date?.Date is { } day
                ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (date.Glued ? "T" : " ") + time
                : time;
            return new NoteMessage(sender, timeText, written, date?.Weekday, tail.Groups["text"].Value.Trim());
        }

        return null;
    }

    private static WrittenDate? ReadDate(string head, string argument, DateOnly incidentDate)
    {
        if (IsoDate().Match(head) is { Success: true } iso)
        {
            var glued = head.EndsWith('T');
            return DateOnly.TryParseExact(iso.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var date)
                ? new WrittenDate(iso.Index, date, null, glued)
                : throw new PostmortemException(
                    $"'{argument}' has the date '{iso.Groups["date"].Value}', which is not a calendar date. " +
                    "Write it as YYYY-MM-DD.");
        }

        if (NamedDate().Match(head) is { Success: true } named)
        {
            return new WrittenDate(named.Index, Named(named, argument, incidentDate), null, false);
        }

        if (NumericDate().Match(head) is { Success: true } numeric)
        {
            return new WrittenDate(numeric.Index, Numeric(numeric.Groups["date"].Value, argument), null, false);
        }

        if (WeekdayOnly().Match(head) is { Success: true } weekday)
        {
            return new WrittenDate(weekday.Index, null, Weekday(weekday.Groups["wd"].Value), false);
        }

        return null;
    }

    private static DateOnly Named(Match match, string argument, DateOnly incidentDate)
    {
        var month = Array.FindIndex(MonthPrefixes,
            m => match.Groups["mon"].Value.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;
        var dayOfMonth = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var written = match.Value.Trim().TrimEnd(',');
        DateOnly date;
        if (match.Groups["y"].Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            date = dayOfMonth <= DateTime.DaysInMonth(year, month)
                ? new DateOnly(year, month, dayOfMonth)
                : throw NotADate(argument, written);
        }
        else
        {
            date = NearestYear(month, dayOfMonth, incidentDate) ?? throw NotADate(argument, written);
        }

        if (match.Groups["wd"].Success && Weekday(match.Groups["wd"].Value) is var weekday && weekday != date.DayOfWeek)
        {
            throw new PostmortemException(
                $"'{argument}' writes '{written}', but {Iso(date)} is a {date.DayOfWeek}, not a {weekday}. " +
                "Check the date and write it as YYYY-MM-DD.");
        }

        return date;
    }

    /// <summary>
    /// Reads "2025/06/04" (year first) and day/month/year or month/day/year when only one reading
    /// is a date; refuses "3/9/2025", which is 3 September or 9 March depending on the writer.
    /// </summary>
    private static DateOnly Numeric(string text, string argument)
    {
        var parts = text.Split('/', '.').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (text.Split('/', '.')[0].Length == 4)
        {
            return Date(parts[0], parts[1], parts[2]) ?? throw NotADate(argument, text);
        }

        if (parts.Length < 3)
        {
            throw Ambiguous(argument, text, "has no year and");
        }

        var year = parts[2] < 100 ? 2000 + parts[2] : parts[2];
        var dayFirst = Date(year, parts[1], parts[0]);
        var monthFirst = Date(year, parts[0], parts[1]);
        return (dayFirst, monthFirst) switch
        {
            ({ } d, { } m) when d == m => d,
            ({ } d, null) => d,
            (null, { } m) => m,
            (null, null) => throw NotADate(argument, text),
            ({ } d, { } m) => throw Ambiguous(argument, text, $"could be {Long(d)} or {Long(m)}, so it"),
        };
    }

    private static PostmortemException Ambiguous(string argument, string text, string why) => new(
        $"'{argument}' writes the date '{text}', which {why} cannot be read without guessing. Write the " +
        "date as YYYY-MM-DD before the time ('2025-03-09 07:11'), or leave it out when the line is on the " +
        "day of the lines around it.");

    private static PostmortemException NotADate(string argument, string text) => new(
        $"'{argument}' writes the date '{text}', which is not a calendar date. Write it as YYYY-MM-DD.");

    private static DateOnly? Date(int year, int month, int day) =>
        month is >= 1 and <= 12 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>The date with that month and day nearest the incident date, within a year of it.</summary>
    public static DateOnly? NearestYear(int month, int dayOfMonth, DateOnly incidentDate)
    {
        DateOnly? best = null;
        for (var year = incidentDate.Year - 1; year <= incidentDate.Year + 1; year++)
        {
            if (Date(year, month, dayOfMonth) is { } candidate && (best is null
                || Math.Abs(candidate.DayNumber - incidentDate.DayNumber)
                    < Math.Abs(best.Value.DayNumber - incidentDate.DayNumber)))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static DayOfWeek Weekday(string text) =>
        Enum.GetValues<DayOfWeek>().First(d => d.ToString().StartsWith(text[..3], StringComparison.OrdinalIgnoreCase));

    // A clock time: after the line start, a space, a bracket, or the T of an ISO date.
    [GeneratedRegex(
        @"(?<=^|[\s\[(]|\d{2}T)(?<clock>\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,7})?)?" +
        @"(?:\s?[AaPp]\.?[Mm]\.?(?![A-Za-z]))?)(?![\d:])",
        RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"\G(?<gap>\s*)(?<word>[^\s\])]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneWord();

    [GeneratedRegex(@"^(?:\s*[\])])?(?:\s*[-|:–—]\s+|\s+)(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TailPattern();

    [GeneratedRegex(@"(?<![\w-])(?<date>\d{4}-\d{2}-\d{2})T?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(
        @"(?<![\w])(?:(?<wd>" + Weekdays + @")\.?,?\s+)?(?:(?<mon>" + Months + @")\.?\s+(?<d>\d{1,2})" +
        @"(?:st|nd|rd|th)?|(?<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?<mon>" + Months + @")\.?)(?:,?\s+(?<y>\d{4}))?,?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamedDate();

    [GeneratedRegex(@"(?<![\w/.-])(?<date>\d{1,4}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}/\d{1,2}),?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    // A weekday alone names a day only at the line start, in brackets, or set apart by two spaces.
    [GeneratedRegex(@"(?:^|(?<=[\[(]|\s{2}))(?<wd>" + Weekdays + @")\.?,?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayOnly();
}
