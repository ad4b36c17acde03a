using System.Globalization;
using McpPostmortem.Timeline;

namespace McpPostmortem.Import;

/// <summary>
/// The time zone a document states for its timeline ("All times PST (America/Los_Angeles)", a
/// "Time (CET)" column): an IANA name wins; an abbreviation or zone word used by one set of rules
/// maps to the IANA zone that keeps them; an ambiguous one (CST, IST) is reported and not guessed.
/// </summary>
/// <param name="Zone">The zone to read bare times in; null when the statement names none usable.</param>
/// <param name="Written">The word the document used ("PST", "America/Los_Angeles").</param>
/// <param name="FromAbbreviation">True when <paramref name="Zone"/> was chosen for an abbreviation.</param>
/// <param name="Problem">Why no zone was taken, when <paramref name="Zone"/> is null.</param>
internal sealed record StatedZone(TimeZoneInfo? Zone, string Written, bool FromAbbreviation, string Problem)
{
    private static readonly char[] Separators = [' ', '\t', '(', ')', ',', ';'];

    /// <summary>Reads a statement; null when it names no zone at all.</summary>
    public static StatedZone? Read(string text)
    {
        var words = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ':', '*', '_'))
            .Where(w => w.Length > 0)
            .ToList();
        foreach (var word in words.Where(w => w.Contains('/', StringComparison.Ordinal)))
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(word, out var iana))
            {
                return new StatedZone(iana, word, FromAbbreviation: false, "");
            }
        }

        foreach (var word in words)
        {
            if (ImportVocabulary.ZoneWords.TryGetValue(word, out var id))
            {
                var zone = IncidentZone.Find(id);
                return new StatedZone(zone, word, FromAbbreviation: zone != TimeZoneInfo.Utc, "");
            }

            if (Offset(word) is { } offset)
            {
                return offset.Minutes == 0 && Math.Abs(offset.Hours) <= 12
                    ? new StatedZone(FixedZone(offset), word, FromAbbreviation: false, "")
                    : new StatedZone(null, word, false, $"'{word}' is an offset with minutes, which has no IANA zone");
            }
        }

        foreach (var word in words)
        {
            if (ZoneAbbreviations.Find(word) is { Offset: null } ambiguous)
            {
                return new StatedZone(null, word, false, $"'{word}' is ambiguous: it can mean {ambiguous.Ambiguity}");
            }
        }

        return null;
    }

    /// <summary>"UTC+2", "GMT-05:00", "+01:00" as an offset.</summary>
    private static TimeSpan? Offset(string word)
    {
        var text = word.StartsWith("UTC", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) ? word[3..] : word;
        if (text.Length < 2 || text[0] is not ('+' or '-'))
        {
            return null;
        }

        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is not (1 or 2 or 4) || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var hours = int.Parse(digits.Length == 4 ? digits[..2] : digits, CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        var offset = new TimeSpan(hours, minutes, 0);
        return text[0] == '-' ? -offset : offset;
    }

    /// <summary>The Etc zone of a whole-hour offset; its sign is inverted by the POSIX convention.</summary>
    private static TimeZoneInfo FixedZone(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return TimeZoneInfo.Utc;
        }

        var id = $"Etc/GMT{(offset < TimeSpan.Zero ? "+" : "-")}{Math.Abs(offset.Hours)}";
        return TimeZoneInfo.FindSystemTimeZoneById(id);
    }
}
