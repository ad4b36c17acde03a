using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Timeline;

namespace McpPostmortem.Import;

/// <summary>The table sections: the timeline and the action items.</summary>
public sealed partial class PostmortemImporter
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    private void ReadTimeline(List<Block> blocks, string headingZone)
    {
        var zoneName = headingZone;
        var events = new List<TimelineEvent>();
        var inMetrics = false;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    inMetrics = ImportVocabulary.Key(HeadingText(heading)) == "metrics";
                    if (!inMetrics)
                    {
                        KeepAside(block, [block], "A subsection of the timeline");
                    }

                    break;
                case ParagraphBlock paragraph when StatedZone(_source.Of(paragraph)) is { } stated:
                    zoneName = stated;
                    break;
                case Table table when inMetrics:
                    // Metrics are computed from the milestones, never imported.
                    break;
                case Table table:
                    events.AddRange(Events(table, ref zoneName));
                    break;
                default:
                    if (!IsPlaceholder(block, _source) && !(block is HtmlBlock or FencedCodeBlock { Info: "mermaid" }))
                    {
                        KeepAside(block, [block], "Timeline text that is not an event row");
                    }

                    break;
            }
        }

        if (events.Count == 0 && TryZone(zoneName) is { } statedZone)
        {
            // No event table, but the stated zone is still the incident's zone.
            _postmortem = _postmortem with { TimeZone = statedZone == TimeZoneInfo.Utc ? "UTC" : statedZone.Id };
        }

        _postmortem = _postmortem with { Timeline = TimelineEditor.Sort(events) };
    }

    /// <summary>"All times Europe/Berlin (UTC+02:00), oldest first." gives "Europe/Berlin".</summary>
    private static string? StatedZone(string paragraph)
    {
        var text = paragraph.Trim().Trim('*', '_').Trim();
        if (!text.StartsWith("All times", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var words = text["All times".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var zone = words.FirstOrDefault(w => w is not "in" and not "are") ?? "UTC";
        return zone.TrimEnd('.', ',');
    }

    private List<TimelineEvent> Events(Table table, ref string zoneName)
    {
        var rows = Rows(table).ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var timeColumn = 0;
        var eventColumn = 1;
        if (header is not null)
        {
            var names = Enumerable.Range(0, header.Count).Select(i => ImportVocabulary.Key(CellText(header,
                i))).ToList();
            timeColumn = Math.Max(names.FindIndex(n => n.StartsWith("time", StringComparison.Ordinal)), 0);
            eventColumn = names.FindIndex(n => n is "event" or "events" or "what happened" or "description");
            eventColumn = eventColumn < 0 ? (timeColumn == 0 ? 1 : 0) : eventColumn;
            var headerZone = CellText(header, timeColumn);
            var open = headerZone.IndexOf('(', StringComparison.Ordinal);
            if (zoneName.Length == 0 && open > 0 && headerZone.EndsWith(')'))
            {
                zoneName = headerZone[(open + 1)..^1].Trim();
            }
        }

        var zone = TryZone(zoneName.Length == 0 ? "UTC" : zoneName);
        if (zone is null)
        {
            Notice(table, $"The time zone '{zoneName}' is not an IANA zone; times were read as UTC. Set the " +
                "zone and correct the times if that is wrong.");
            zone = TimeZoneInfo.Utc;
        }

        _postmortem = _postmortem with { TimeZone = zone == TimeZoneInfo.Utc ? "UTC" : zone.Id };
        var events = new List<TimelineEvent>();
        DateTimeOffset? previous = null;
        var seen = new HashSet<EventKind>();
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            var timeText = CellText(row, timeColumn);
            var time = ParseTime(timeText, zone, previous, row);
            if (time is null)
            {
                KeepAside(row, [], $"The time '{timeText}' could not be read");
                _notes[^1] += $" | {timeText} | {CellText(row, eventColumn)} |";
                continue;
            }

            previous = time;
            var (kind, description, link) = EventCell(row, eventColumn);
            if (kind <= EventKind.Resolved && !seen.Add(kind))
            {
                Notice(row, $"A second '{Serialization.EnumNames.Of(kind)}' milestone was imported as a note.");
                description = $"**{char.ToUpperInvariant(Serialization.EnumNames.Of(kind)[0])}" +
                    $"{Serialization.EnumNames.Of(kind)[1..]}:** {description}";
                kind = EventKind.Note;
            }

            var extra = Enumerable.Range(0, row.Count)
                .Where(i => i != timeColumn && i != eventColumn && CellText(row, i).Length > 0)
                .Select(i => $"{(header is null ? "" : CellText(header, i) + ": ")}{CellText(row, i)}")
                .ToList();
            if (extra.Count > 0)
            {
                description += $" ({string.Join("; ", extra)})";
            }

            events.Add(new TimelineEvent
            {
                Id = $"ev-{events.Count + 1}",
                Time = time.Value.ToUniversalTime(),
                Description = description,
                Kind = kind,
                OriginalTime = timeText,
                OriginalOffset = EventTimeParser.Offset(time.Value.Offset),
                Link = link,
            });
        }

        if (events.Count > 0 && !events.Any(e => e.Kind <= EventKind.Resolved))
        {
            Notice(table, "No event is marked as a milestone (started, detected, acknowledged, mitigated, " +
                "resolved), so the metrics read n/a. Mark them with update_timeline_event.");
        }

        return events;
    }

    private DateTimeOffset? ParseTime(string text, TimeZoneInfo zone, DateTimeOffset? previous, TableRow row)
    {
        var clean = text.Trim('*', '_', ' ');
        if (DateTime.TryParseExact(clean, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var local))
        {
            return InZone(local, zone, previous, row);
        }

        try
        {
            var parsed = EventTimeParser.Parse(clean, _postmortem.IncidentDate, zone);
            if (!parsed.IsBare)
            {
                return parsed.Instant;
            }

            // Bare times that pass midnight belong to the next day.
            var time = parsed.Instant;
            while (previous is { } before && time < before)
            {
                time = InZone(time.DateTime.AddDays(1), zone, null, row) ?? time.AddDays(1);
            }

            return time;
        }
        catch (PostmortemException)
        {
            return null;
        }
    }

    private DateTimeOffset? InZone(DateTime local, TimeZoneInfo zone, DateTimeOffset? previous, TableRow row)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            return null;
        }

        if (zone.IsAmbiguousTime(unspecified))
        {
            // The rendered document shows wall-clock time only; take the earliest reading that keeps order.
            var candidates = zone.GetAmbiguousTimeOffsets(unspecified)
                .Select(o => new DateTimeOffset(unspecified, o))
                .OrderBy(t => t)
                .ToList();
            Notice(row,
                $"'{local:yyyy-MM-dd HH:mm}' happens twice in {zone.Id}; the earlier reading in order was used.");
            return candidates.FirstOrDefault(t => previous is null || t >= previous.Value, candidates[^1]);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    /// <summary>"**Started:** text ([link](url))" into the milestone, the text and the link.</summary>
    private (EventKind Kind, string Description, string Link) EventCell(TableRow row, int column)
    {
        if (column >= row.Count)
        {
            return (EventKind.Note, "", "");
        }

        var cell = (TableCell)row[column];
        var source = _source.Of(cell).Trim();
        var link = "";
        var paragraph = cell.OfType<ParagraphBlock>().FirstOrDefault();
        if (paragraph?.Inline?.LastChild is LiteralInline { Content: var close } last && close.ToString() == ")"
            && last.PreviousSibling is LinkInline { IsImage: false } anchor && LinkLabel(anchor) == "link"
            && _source.Text[..anchor.Span.Start].EndsWith(" (", StringComparison.Ordinal))
        {
            link = anchor.Url ?? "";
            source = _source.Text[cell.Span.Start..(anchor.Span.Start - 2)].Trim();
        }

        var kind = EventKind.Note;
        if (source.StartsWith("**", StringComparison.Ordinal))
        {
            var end = source.IndexOf(":**", 2, StringComparison.Ordinal);
            if (end > 0 && ImportVocabulary.EventLabels.TryGetValue(ImportVocabulary.Key(source[2..end]),
                out var milestone))
            {
                kind = milestone;
                source = source[(end + 3)..].TrimStart();
            }
        }

        return (kind, MarkdownSource.Cell(source), link);
    }

    private string LinkLabel(LinkInline link) =>
        link.FirstChild is null ? "" : _source.Text[(link.Span.Start + 1)..(link.LastChild!.Span.End + 1)];

    private void ReadActionItems(List<Block> blocks)
    {
        var items = new List<ActionItem>();
        var classGuessed = false;
        foreach (var block in blocks)
        {
            if (block is not Table table)
            {
                KeepIfContent(block, "Text outside the action items table");
                continue;
            }

            var rows = Rows(table).ToList();
            var header = rows.FirstOrDefault(r => r.IsHeader);
            var columns = header is null
                ? []
                : Enumerable.Range(0, header.Count).ToDictionary(
                    i => ImportVocabulary.ActionColumns.GetValueOrDefault(ImportVocabulary.Key(CellText(header,
                        i)), $"?{i}"),
                    i => i);
            foreach (var row in rows.Where(r => !r.IsHeader))
            {
                items.Add(ActionItem(row, columns, items.Count + 1, ref classGuessed));
            }
        }

        if (classGuessed)
        {
            Notice(blocks.FirstOrDefault() ?? (MarkdownObject)new ParagraphBlock(),
                "The action items carry no class; they were imported as 'prevent'. Set each one's class " +
                "(investigate, mitigate, repair, detect, prevent) with update_action_item.");
        }

        _postmortem = _postmortem with { ActionItems = items };
    }

    private ActionItem ActionItem(TableRow row, Dictionary<string, int> columns, int number, ref bool classGuessed)
    {
        string Column(string name) => columns.TryGetValue(name, out var i) ? CellText(row, i) : "";

        var action = Column("action");
        var link = Column("link");
        if (columns.TryGetValue("action", out var actionColumn) && actionColumn < row.Count)
        {
            var cell = (TableCell)row[actionColumn];
            var paragraph = cell.OfType<ParagraphBlock>().FirstOrDefault();
            if (paragraph?.Inline?.LastChild is LiteralInline { Content: var close } last && close.ToString() == ")"
                && last.PreviousSibling is LinkInline { IsImage: false } anchor && LinkLabel(anchor) == "ticket"
                && _source.Text[..anchor.Span.Start].EndsWith(" (", StringComparison.Ordinal))
            {
                link = anchor.Url ?? "";
                action = MarkdownSource.Cell(_source.Text[cell.Span.Start..(anchor.Span.Start - 2)]);
            }
        }

        var owner = Column("owner");
        var due = Column("due");
        var priority = Column("priority").Trim().ToUpperInvariant();
        var status = ImportVocabulary.Key(Column("status"));
        var itemClass = ActionItemClass.Prevent;
        if (!columns.ContainsKey("class") || !Enum.TryParse(Column("class"), ignoreCase: true, out itemClass))
        {
            classGuessed = true;
        }

        var unmapped = new List<string>();
        var dueDate = due is "" or "_none_" ? null : ParseDate(due);
        if (dueDate is null && due is not ("" or "_none_"))
        {
            unmapped.Add($"due {due}");
        }

        if (!Enum.TryParse<Priority>(priority, out var parsedPriority))
        {
            parsedPriority = Priority.P2;
            if (priority.Length > 0)
            {
                unmapped.Add($"priority {priority}");
            }
        }

        var parsedStatus = ImportVocabulary.ActionStatuses.GetValueOrDefault(status, ActionItemStatus.Open);
        if (status.Length > 0 && !ImportVocabulary.ActionStatuses.ContainsKey(status))
        {
            unmapped.Add($"status {Column("status")}");
        }

        if (unmapped.Count > 0)
        {
            Notice(row, $"Action item {number}: {string.Join(", ", unmapped)} could not be read; defaults were " +
                "used and the original kept in the appendix notes.");
            _notes.Add($"From '{_section}': action item {number} ({Clip(action)}): {string.Join(", ", unmapped)}");
        }

        return new ActionItem
        {
            Id = $"ai-{number}",
            Action = action,
            Owner = owner == "_unassigned_" ? "" : owner,
            DueDate = dueDate,
            Priority = parsedPriority,
            Class = itemClass,
            Status = parsedStatus,
            TrackingLink = link,
        };
    }
}
