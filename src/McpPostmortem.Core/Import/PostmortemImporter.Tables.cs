using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using McpPostmortem.Editing;
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
        var statements = headingZone.Length > 0 ? new List<string> { headingZone } : [];
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
                case ParagraphBlock paragraph when ZoneStatement(_source.Of(paragraph)) is { } stated:
                    statements.Add(stated);
                    break;
                case Table when inMetrics:
                    // Metrics are computed from the milestones, never imported.
                    break;
                case Table table:
                    events.AddRange(Events(table, statements));
                    break;
                default:
                    if (!IsPlaceholder(block, _source) && !(block is HtmlBlock or FencedCodeBlock { Info: "mermaid" }))
                    {
                        KeepAside(block, [block], "Timeline text that is not an event row");
                    }

                    break;
            }
        }

        if (events.Count == 0 && statements.Count > 0)
        {
            // No event table, but the stated zone is still the incident's zone.
            UseZone(ResolveZone(WithHeaderZone(statements),
                blocks.FirstOrDefault() ?? (MarkdownObject)new ParagraphBlock()));
        }

        _postmortem = _postmortem with { Timeline = TimelineEditor.Sort(events) };
    }

    /// <summary>"All times PST (America/Los_Angeles), oldest first." gives the text after "All times".</summary>
    private static string? ZoneStatement(string paragraph)
    {
        var text = paragraph.Trim().Trim('*', '_').Trim();
        foreach (var opening in (string[])["All times", "Times"])
        {
            if (text.StartsWith(opening + " ", StringComparison.OrdinalIgnoreCase))
            {
                return text[opening.Length..].Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// The zone the statements name, an IANA name first, then an unambiguous abbreviation; UTC (with a
    /// notice) when a statement names a zone that cannot be used, and UTC silently when none is stated.
    /// </summary>
    private TimeZoneInfo ResolveZone(List<string> statements, MarkdownObject at)
    {
        var read = statements.Select(StatedZone.Read).OfType<StatedZone>().ToList();
        var chosen = read.FirstOrDefault(z => z.Zone is not null && !z.FromAbbreviation)
            ?? read.FirstOrDefault(z => z.Zone is not null);
        if (chosen?.Zone is { } zone)
        {
            if (chosen.FromAbbreviation)
            {
                Notice(at, AbbreviationNotice(chosen.Written, zone));
            }

            return zone;
        }

        var problem = read.FirstOrDefault(z => z.Problem.Length > 0);
        var unread = statements.FirstOrDefault(t => t.Length > 0 && StatedZone.Read(t) is null);
        if (problem is not null || unread is not null)
        {
            var why = problem?.Problem ?? $"'{unread}' names no time zone this importer knows";
            Notice(at, $"{why}; times were read as UTC. Name the IANA zone in the document (for example " +
                "'All times CST (America/Chicago)') and import again, or correct the times.");
        }

        return TimeZoneInfo.Utc;
    }

    private string AbbreviationNotice(string written, TimeZoneInfo zone)
    {
        var noon = new DateTime(_postmortem.IncidentDate, new TimeOnly(12, 0), DateTimeKind.Unspecified);
        var actual = zone.GetUtcOffset(noon);
        var message = $"The zone '{written}' was read as {zone.Id}.";
        if (ZoneAbbreviations.Find(written)?.Offset is { } stated && stated != actual)
        {
            message += $" '{written}' means UTC{EventTimeParser.Offset(stated)}, but {zone.Id} was at " +
                $"UTC{EventTimeParser.Offset(actual)} on {_postmortem.IncidentDate:yyyy-MM-dd}, and the times were " +
                "read in that; if they really were at the stated offset, correct them.";
        }

        return message;
    }

    private void UseZone(TimeZoneInfo zone)
    {
        _zoneRead = true;
        _postmortem = _postmortem with { TimeZone = zone == TimeZoneInfo.Utc ? "UTC" : zone.Id };
    }

    // What the timeline says of its zone comes first; a zone from the header fields ends the list, so
    // it applies when the timeline names none, or only an abbreviation it makes precise.
    private List<string> WithHeaderZone(List<string> statements) =>
        _headerZone.Length > 0 ? [.. statements, _headerZone] : statements;

    private List<TimelineEvent> Events(Table table, List<string> statements)
    {
        var rows = Rows(table).ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var timeColumn = 0;
        var eventColumn = 1;
        var zoneTexts = new List<string>(statements);
        if (header is not null)
        {
            var names = Enumerable.Range(0, header.Count).Select(i => ImportVocabulary.Key(CellText(header,
                i))).ToList();
            timeColumn = Math.Max(names.FindIndex(n => n.StartsWith("time", StringComparison.Ordinal)), 0);
            eventColumn = names.FindIndex(n => n is "event" or "events" or "what happened" or "description");
            eventColumn = eventColumn < 0 ? (timeColumn == 0 ? 1 : 0) : eventColumn;
            var headerZone = CellText(header, timeColumn);
            var open = headerZone.IndexOf('(', StringComparison.Ordinal);
            if (open > 0 && headerZone.EndsWith(')'))
            {
                zoneTexts.Add(headerZone[(open + 1)..^1].Trim());
            }
        }

        var zone = ResolveZone(WithHeaderZone(zoneTexts), table);
        UseZone(zone);
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
        foreach (var block in blocks)
        {
            if (block is not Table table)
            {
                KeepIfContent(block, "Text outside the action items table");
                continue;
            }

            _actionTableLine = _actionTableLine < 0 ? table.Line : _actionTableLine;
            _actionSection = _section;
            var rows = Rows(table).ToList();
            var header = rows.FirstOrDefault(r => r.IsHeader);
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            var extra = new List<(int Index, string Name)>();
            for (var i = 0; i < (header?.Count ?? 0); i++)
            {
                var name = CellText(header!, i);
                if (ImportVocabulary.ActionColumns.TryGetValue(ImportVocabulary.Key(name), out var field)
                    && columns.TryAdd(field, i))
                {
                    continue;
                }

                extra.Add((i, name.Length == 0 ? $"column {i + 1}" : name));
            }

            var keptColumns = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in rows.Where(r => !r.IsHeader))
            {
                var item = ActionItem(row, columns, items.Count + 1);
                var kept = extra.Where(c => CellText(row, c.Index).Length > 0)
                    .Select(c => $"{c.Name}: {CellText(row, c.Index)}")
                    .ToList();
                if (kept.Count > 0)
                {
                    _notes.Add($"From '{_section}': action item {items.Count + 1} ({Clip(item.Action)}): " +
                        string.Join("; ", kept));
                    keptColumns.UnionWith(extra.Where(c => CellText(row, c.Index).Length > 0).Select(c => c.Name));
                }

                items.Add(item);
            }

            foreach (var name in keptColumns)
            {
                Notice(table, $"The action-item column '{name}' has no field; its values were kept in the appendix " +
                    "notes, one line per item.");
            }
        }

        _postmortem = _postmortem with { ActionItems = items };
    }

    private ActionItem ActionItem(TableRow row, Dictionary<string, int> columns, int number)
    {
        string Column(string name) => columns.TryGetValue(name, out var i) ? CellText(row, i) : "";

        var action = Column("action");
        (string Link, string Text) tracking = columns.TryGetValue("link", out var linkColumn)
            ? Tracking(row, linkColumn)
            : ("", "");
        if (columns.TryGetValue("action", out var actionColumn) && actionColumn < row.Count)
        {
            var cell = (TableCell)row[actionColumn];
            var paragraph = cell.OfType<ParagraphBlock>().FirstOrDefault();
            if (paragraph?.Inline?.LastChild is LiteralInline { Content: var close } last && close.ToString() == ")"
                && last.PreviousSibling is LinkInline { IsImage: false } anchor && LinkLabel(anchor) == "ticket"
                && _source.Text[..anchor.Span.Start].EndsWith(" (", StringComparison.Ordinal))
            {
                tracking = TrackingLink(anchor.Url ?? "", LinkLabel(anchor));
                action = MarkdownSource.Cell(_source.Text[cell.Span.Start..(anchor.Span.Start - 2)]);
            }
        }

        if (tracking.Text.Length > 0)
        {
            Notice(row, $"Action item {number}: the ticket '{tracking.Text}' is not an http or https link; it was " +
                "kept in the action text. Set tracking_link to its URL with update_action_item.");
            action = $"{action} ({tracking.Text})";
        }

        var owner = Column("owner");
        var due = Column("due");
        var priority = Column("priority").Trim().ToUpperInvariant();
        var status = ImportVocabulary.Key(Column("status"));
        var id = $"ai-{number}";
        var itemClass = Serialization.EnumNames.Parse<ActionItemClass>(Column("class"));
        if (itemClass is null)
        {
            _guessedClasses.Add(id);
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
            Id = id,
            Action = action,
            Owner = owner == "_unassigned_" ? "" : owner,
            DueDate = dueDate,
            Priority = parsedPriority,
            Class = itemClass ?? ActionItemClass.Prevent,
            Status = parsedStatus,
            TrackingLink = tracking.Link,
        };
    }

    /// <summary>
    /// A ticket cell: "[SRCH-881](https://...)" gives the link, a bare URL too; a bare key such as
    /// "NET-120" is no link and comes back as text.
    /// </summary>
    private (string Link, string Text) Tracking(TableRow row, int column)
    {
        var text = CellText(row, column);
        if (column >= row.Count || text is "" or "_none_")
        {
            return ("", "");
        }

        var paragraph = ((TableCell)row[column]).OfType<ParagraphBlock>().FirstOrDefault();
        var link = paragraph?.Inline?.Descendants<LinkInline>().FirstOrDefault(l => !l.IsImage);
        return link is null ? TrackingLink(text, "") : TrackingLink(link.Url ?? "", LinkLabel(link));
    }

    /// <summary>Checks a tracking link the way add_action_item does; anything else is kept as text.</summary>
    private static (string Link, string Text) TrackingLink(string url, string label)
    {
        try
        {
            var link = Input.Link(url, "tracking_link");
            return (link, "");
        }
        catch (PostmortemException)
        {
            return ("", label is "" or "ticket" or "link" ? url.Trim() : label.Trim());
        }
    }
}
