using System.Globalization;
using System.Text.RegularExpressions;
using McpPostmortem.Errors;
using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>
/// Turns pasted chat or pager notes into events. A message is a line "Sender  14:35  text", read by
/// <see cref="NoteMessageReader"/>: the sender may be left out; the time may be "2:39 PM", "[14:35]",
/// an ISO time with offset or Z, carry a zone ("14:35 UTC", "14:35 Europe/Berlin", "14:35 EST"),
/// follow a date ("2025-06-04 14:35", "Jun 4, 2025 2:35 PM") or a weekday ("[Tue 14:35]"), which
/// sets the day of the lines after it as well. Times are read exactly as structured events read
/// them, so zones, ambiguous abbreviations and daylight-saving edges behave the same. Lines starting with "- " continue the message before them. Separator lines such
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
        var hasDates = false;
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
                hasDates = true;
                continue;
            }

            var argument = $"notes line {lineNumber}";
            var continues = line.TrimStart().StartsWith("- ", StringComparison.Ordinal);
            var message = continues ? null : NoteMessageReader.Read(line, argument, incidentDate);
            if (message is null)
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

            var written = EventTimeParser.Read(message.TimeText, argument) with { Original = message.WrittenTime };
            if (message.Weekday is { } weekday)
            {
                var named = NextWeekday(day, weekday);
                if (named != day)
                {
                    notices.Add($"notes line {lineNumber}: '{message.WrittenTime}' was read as " +
                        $"{named:yyyy-MM-dd}, the first {weekday} on or after {day:yyyy-MM-dd}.");
                }

                written = written with { Date = named };
            }

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
                hasDates = true;
            }

            if (parsed.Notice.Length > 0)
            {
                notices.Add(parsed.Notice);
            }

            lastLocal = local;
            events.Add(new NoteEvent(
                parsed,
                message.Sender.Length == 0 ? message.Text : $"{message.Sender}: {message.Text}",
                SourceOf(message.Sender, message.Text),
                line,
                lineNumber));
        }

        if (events.Count == 0)
        {
            throw new PostmortemException(
                "'notes' has no line that starts with a time. Paste chat or pager lines such as " +
                "'Ana  14:35  rollback started' or '14:35 rollback started', one message per line.");
        }

        return new ParsedNotes(events, notices, hasDates);
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
        return hasYear
            ? DateOnly.FromDateTime(parsed)
            : NoteMessageReader.NearestYear(parsed.Month, parsed.Day, incidentDate) ?? incidentDate;
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

    [GeneratedRegex(
        @"^\s*[─━—–=\-*~]{2,}\s*(?<label>[^─━—–=*~]+?)\s*[─━—–=\-*~]*\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalSuffix();

    [GeneratedRegex(@"\b\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
