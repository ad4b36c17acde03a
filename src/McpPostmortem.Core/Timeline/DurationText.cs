using System.Globalization;
using System.Text.RegularExpressions;

namespace McpPostmortem.Timeline;

/// <summary>
/// Finds the durations an author wrote ("25 minutes", "about 2 hours", "15h30m", "93 min", "over 15
/// hours", "an hour") and the range each one allows. A plain value allows rounding to its smallest
/// unit (at most 15%); "about" allows 15%; "over" and "at least" allow up to half as much again; "under" and
/// "within" allow anything shorter.
/// </summary>
public static partial class DurationText
{
    private static readonly Dictionary<string, double> UnitMinutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sec"] = 1.0 / 60, ["secs"] = 1.0 / 60, ["second"] = 1.0 / 60, ["seconds"] = 1.0 / 60,
        ["m"] = 1, ["min"] = 1, ["mins"] = 1, ["minute"] = 1, ["minutes"] = 1,
        ["h"] = 60, ["hr"] = 60, ["hrs"] = 60, ["hour"] = 60, ["hours"] = 60,
        ["d"] = 1440, ["day"] = 1440, ["days"] = 1440,
    };

    // Number words a duration is written with; fractions of a unit are read whole ("three quarters
    // of an hour" is 45 minutes), never as the "an hour" at their end.
    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
        ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["forty-five"] = 45, ["fifty"] = 50, ["ninety"] = 90,
        ["half a"] = 0.5, ["half an"] = 0.5, ["a quarter of a"] = 0.25, ["a quarter of an"] = 0.25,
        ["quarter of a"] = 0.25, ["quarter of an"] = 0.25, ["three quarters of an"] = 0.75,
        ["three-quarters of an"] = 0.75,
    };

    private static readonly Dictionary<string, string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["about"] = "about", ["around"] = "about", ["roughly"] = "about", ["approximately"] = "about",
        ["approx."] = "about", ["~"] = "about", ["nearly"] = "about", ["almost"] = "about", ["some"] = "about",
        ["over"] = "over", ["more than"] = "over", ["at least"] = "over", ["upwards of"] = "over",
        ["under"] = "under", ["less than"] = "under", ["within"] = "under", ["up to"] = "under",
    };

    /// <summary>Every duration in the text, in order.</summary>
    public static IReadOnlyList<WrittenDuration> Find(string? text)
    {
        var found = new List<WrittenDuration>();
        foreach (Match match in DurationPattern().Matches(text ?? ""))
        {
            var minutes = 0.0;
            var smallestUnit = double.MaxValue;
            foreach (Capture part in match.Groups["part"].Captures)
            {
                var value = PartPattern().Match(part.Value);
                var written = MultipleSpaces().Replace(value.Groups["n"].Value, " ");
                var number = NumberWords.TryGetValue(written, out var word)
                    ? word
                    : double.Parse(written.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
                if (value.Groups["half"].Success)
                {
                    number += 0.5;
                }

                var unit = UnitMinutes[value.Groups["u"].Value];
                minutes += number * unit;
                smallestUnit = Math.Min(smallestUnit, unit);
            }

            var qualifier = match.Groups["q"].Success ? Qualifiers[Normalize(match.Groups["q"].Value)] : "";
            // Rounding to the smallest unit written, but never more than 15% of the value.
            var rounding = Math.Max(1, Math.Min(smallestUnit / 2, minutes * 0.15));
            var about = Math.Max(rounding, minutes * 0.15);
            var (low, high) = qualifier switch
            {
                "about" => (minutes - about, minutes + about),
                "over" => (minutes - rounding, minutes * 1.5 + rounding),
                "under" => (0.0, minutes + rounding),
                _ => (minutes - rounding, minutes + rounding),
            };
            found.Add(new WrittenDuration(match.Value, match.Index, minutes, low, high));
        }

        return found;
    }

    private static string Normalize(string qualifier) =>
        MultipleSpaces().Replace(qualifier.Trim(), " ");

    // A number: digits (with thousands separators, never the tail of a longer number) or words.
    private const string Number =
        @"(?:(?<![\d,.])(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?)" +
        @"|\b(?:three[\s-]quarters\s+of\s+an|(?:a\s+)?quarter\s+of\s+an?|half\s+an?" +
        @"|(?<!\bof\s+)(?:an|a)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen" +
        @"|twenty|thirty|forty-five|forty|fifty|ninety)\b)(?:\s+and\s+a\s+half)?";

    private const string Unit =
        @"(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d)\b(?:\s+and\s+a\s+half\b)?";

    [GeneratedRegex(
        @"(?:(?<q>about|around|roughly|approximately|approx\.|~|nearly|almost|some|over|more\s+than|at\s+least|" +
        @"upwards\s+of|under|less\s+than|within|up\s+to)\s*)?" +
        @"(?<part>" + Number + @"\s*-?\s*" + Unit + ")" +
        @"(?:\s*(?:and\s+)?(?<part>(?<![\d,.])\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|minutes?|mins?|m)\b))?" +
        @"|(?<part>\b\d+\s*h)(?<part>\d+\s*m(?:in)?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(
        @"^(?<n>[\d,]+(?:\.\d+)?|[a-z][a-z\s-]*?)(?<half>\s+and\s+a\s+half)?\s*-?\s*(?<u>[a-z]+)" +
        @"(?<half>\s+and\s+a\s+half)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex MultipleSpaces();
}
