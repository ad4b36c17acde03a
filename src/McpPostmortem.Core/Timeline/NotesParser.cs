using System.Globalization;
using System.Text.RegularExpressions;
using McpPostmortem.Errors;
using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>
/// Turns pasted chat or pager notes into events. A message is a line "Sender  14:35  text" (the
/// sender may be left out; the time may be "2:39 PM", "[14:35]", an ISO time with offset or Z, or
/// carry a zone). Lines starting with "- " continue the message before them. Separator lines such
/// as "── Thursday, 13 November ──" set the day of the bare times after them; without one, a bare
/// time more than 12 hours earlier than the one before it has passed midnight and moves to the next
/// day, while a smaller step back is an out-of-order line on the same day. Other lines before the
/// first message are headers and skipped. Every event is a note; its source is inferred from the
/// sender or a pager marker, else chat. The agent refines kinds later.
/// </summary>
public static partial class NotesParser
{
    private static readonly TimeSpan MidnightJump = TimeSpan.FromHours(12);

    private static readonly NoteSourceRule[] SourceRules =
    [
        new("pagerduty", "", EventSource.Pager),
        new("opsgenie", "", EventSource.Pager),
        new("alertmanager", "", EventSource.Pager),
        new("victorops", "", EventSource.Pager),
        new("", "[Triggered]", EventSource.Pager),
        new("", "[FIRING", EventSource.Pager),
        new("", "[RESOLVED", EventSource.Pager),
        new("deploy", "", EventSource.Deploy),
        new("argocd", "", EventSource.Deploy),
        new("spinnaker", "", EventSource.Deploy),
        new("grafana", "", EventSource.Dashboard),
        new("datadog", "", EventSource.Dashboard),
        new("dashboard", "", EventSource.Dashboard),
    ];

    private static readonly string[] DayFormats =
    [
        "d MMMM", "MMMM d", "d MMM", "MMM d", "d MMMM yyyy", "MMMM d yyyy", "d MMM yyyy", "MMM d yyyy",
        "yyyy-MM-dd",
    ];

    /// <summary>Reads the notes; times without a date start on the incident date.</summary>
    public static ParsedNotes Parse(string notes, DateOnly incidentDate, TimeZoneInfo zone)
    {
        var events = new List<NoteEvent>();
        var notices = new List<string>();
        var day = incidentDate;
        DateTime? lastLocal = null;
        var lines = notes.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd();
            var lineNumber = n + 1;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (Separator(line, day, incidentDate) is { } separatorDay)
            {
                day = separatorDay;
                lastLocal = null;
                continue;
            }

            var continues = line.TrimStart().StartsWith("- ", StringComparison.Ordinal);
            var message = continues ? null : MessagePattern().Match(line);
            if (message is null || !message.Success)
            {
                if (events.Count == 0)
                {
                    notices.Add($"notes line {lineNumber} has no time and no message before it; skipped as a header.");
                    continue;
                }

                var previous = events[^1];
                events[^1] = previous with
                {
                    Description = previous.Description + "\n" + line.Trim(),
                    OriginalText = previous.OriginalText + "\n" + line,
                };
                continue;
            }

            var argument = $"notes line {lineNumber}";
            var written = EventTimeParser.Read(message.Groups["time"].Value, argument);
            var parsed = written.On(day, zone, argument);
            var local = TimeZoneInfo.ConvertTime(parsed.Instant, zone).DateTime;
            if (written.IsDateless && lastLocal is { } last && local < last - MidnightJump)
            {
                day = day.AddDays(1);
                parsed = written.On(day, zone, argument);
                local = TimeZoneInfo.ConvertTime(parsed.Instant, zone).DateTime;
                notices.Add($"notes line {lineNumber}: '{written.Original}' is more than 12 hours before the line " +
                    $"above it, so it was read as {day:yyyy-MM-dd} (past midnight).");
            }

            if (!written.IsDateless)
            {
                day = DateOnly.FromDateTime(local);
            }

            lastLocal = local;
            var sender = message.Groups["sender"].Value.Trim();
            var text = message.Groups["text"].Value.Trim();
            events.Add(new NoteEvent(
                parsed,
                sender.Length == 0 ? text : $"{sender}: {text}",
                SourceOf(sender, text),
                line,
                lineNumber));
        }

        if (events.Count == 0)
        {
            throw new PostmortemException(
                "'notes' has no line that starts with a time. Paste chat or pager lines such as " +
                "'Ana  14:35  rollback started' or '14:35 rollback started', one message per line.");
        }

        return new ParsedNotes(events, notices);
    }

    private static EventSource SourceOf(string sender, string text)
    {
        foreach (var rule in SourceRules)
        {
            var senderMatches = rule.SenderContains.Length > 0
                && sender.Contains(rule.SenderContains, StringComparison.OrdinalIgnoreCase);
            var textMatches = rule.TextStartsWith.Length > 0
                && text.StartsWith(rule.TextStartsWith, StringComparison.OrdinalIgnoreCase);
            if (senderMatches || textMatches)
            {
                return rule.Source;
            }
        }

        return EventSource.Chat;
    }

    private static DateOnly? Separator(string line, DateOnly current, DateOnly incidentDate)
    {
        var match = SeparatorPattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var label = OrdinalSuffix().Replace(match.Groups["label"].Value, "$1")
            .Replace(",", " ", StringComparison.Ordinal);
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        DayOfWeek? weekday = null;
        if (words.Count > 0 && Enum.TryParse<DayOfWeek>(words[0], ignoreCase: true, out var named)
            && !int.TryParse(words[0], CultureInfo.InvariantCulture, out _))
        {
            weekday = named;
            words.RemoveAt(0);
        }

        var rest = string.Join(' ', words);
        if (rest.Length == 0)
        {
            return weekday is { } only ? NextWeekday(current, only) : null;
        }

        if (!DateTime.TryParseExact(rest, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces,
                out var parsed))
        {
            return null;
        }

        var hasYear = rest.Any(char.IsDigit) && YearPattern().IsMatch(rest);
        return hasYear ? DateOnly.FromDateTime(parsed) : NearestYear(parsed.Month, parsed.Day, incidentDate);
    }

    private static DateOnly NextWeekday(DateOnly from, DayOfWeek weekday)
    {
        var day = from;
        while (day.DayOfWeek != weekday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static DateOnly NearestYear(int month, int dayOfMonth, DateOnly incidentDate)
    {
        var best = incidentDate;
        var bestDistance = int.MaxValue;
        for (var year = incidentDate.Year - 1; year <= incidentDate.Year + 1; year++)
        {
            if (dayOfMonth > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new DateOnly(year, month, dayOfMonth);
            var distance = Math.Abs(candidate.DayNumber - incidentDate.DayNumber);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    // A message: optional sender, then the time (bracketed or not), then the text.
    [GeneratedRegex(
        @"^\s*(?:(?<sender>\S.*?)\s+)??\[?(?<time>" +
        @"\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,7})?)?(?:[Zz]|[+-]\d{2}:?\d{2})?" +
        @"|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?" +
        @"(?:\s?(?:[Zz]|[+-]\d{2}:\d{2}|UTC|GMT|[A-Z]{2,4}(?=\]|\s{2}|\s*$)))?" +
        @")\]?(?:\s*[-|:]\s+|\s+)(?<text>\S.*)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex MessagePattern();

    [GeneratedRegex(
        @"^\s*[─━—–=\-*~]{2,}\s*(?<label>[^─━—–=*~]+?)\s*[─━—–=\-*~]*\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalSuffix();

    [GeneratedRegex(@"\b\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
