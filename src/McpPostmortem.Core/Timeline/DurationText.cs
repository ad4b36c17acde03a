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
                var number = value.Groups["n"].Value.ToLowerInvariant() switch
                {
                    "an" or "a" or "one" => 1,
                    "half an" or "half a" => 0.5,
                    var n => double.Parse(n, CultureInfo.InvariantCulture),
                };
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

    [GeneratedRegex(
        @"(?:(?<q>about|around|roughly|approximately|approx\.|~|nearly|almost|some|over|more\s+than|at\s+least|" +
        @"upwards\s+of|under|less\s+than|within|up\s+to)\s*)?" +
        @"(?<part>(?:\b\d+(?:\.\d+)?|\b(?:an|a|one|half\s+an|half\s+a)\b)\s*-?\s*" +
        @"(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d)\b)" +
        @"(?:\s*(?:and\s+)?(?<part>\b\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|minutes?|mins?|m)\b))?" +
        @"|(?<part>\b\d+\s*h)(?<part>\d+\s*m(?:in)?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(?<n>\d+(?:\.\d+)?|an|a|one|half\s+an|half\s+a)\s*-?\s*(?<u>[a-z]+)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex MultipleSpaces();
}
