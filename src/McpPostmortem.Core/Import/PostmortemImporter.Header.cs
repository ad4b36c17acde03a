using Markdig.Extensions.Tables;
using Markdig.Syntax;
using McpPostmortem.Model;

namespace McpPostmortem.Import;

/// <summary>The title and the header fields: date, authors, status, severity.</summary>
public sealed partial class PostmortemImporter
{
    private void ReadHeader(HeadingBlock? heading, List<Block> blocks)
    {
        if (heading is not null && _postmortem.Title.Length == 0)
        {
            var title = _source.Of(heading).TrimStart('#').Trim();
            if (title.StartsWith("Postmortem:", StringComparison.OrdinalIgnoreCase))
            {
                title = title["Postmortem:".Length..];
            }

            _postmortem = _postmortem with { Title = MarkdownSource.Line(title) };
        }

        foreach (var block in blocks)
        {
            switch (block)
            {
                case Table table:
                    foreach (var row in Rows(table))
                    {
                        if (!row.IsHeader || CellText(row, 0).Length > 0)
                        {
                            HeaderField(row, CellText(row, 0), CellText(row, 1));
                        }
                    }

                    break;
                case ParagraphBlock or ListBlock:
                    foreach (var (line, at) in Lines(block))
                    {
                        var (label, value) = LabelAndValue(line);
                        HeaderField(at, label, MarkdownSource.Line(value));
                    }

                    break;
                case ThematicBreakBlock:
                    break;
                default:
                    KeepAside(block, [block], "A block under the title is not a header field");
                    break;
            }
        }
    }

    private IEnumerable<(string Line, MarkdownObject At)> Lines(Block block)
    {
        if (block is ListBlock list)
        {
            foreach (var item in list.OfType<ListItemBlock>())
            {
                yield return (ItemText(item), item);
            }

            yield break;
        }

        foreach (var line in _source.Of(block).Split('\n'))
        {
            yield return (line.Trim(), block);
        }
    }

    /// <summary>"**Date:** 2025-03-14", "**Date**: ...", "Date: ..." become ("date", "2025-03-14").</summary>
    private static (string Label, string Value) LabelAndValue(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return ("", line);
        }

        var label = line[..colon];
        var value = line[(colon + 1)..];
        if (value.StartsWith("**", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return (ImportVocabulary.Key(label), value.Trim());
    }

    private void HeaderField(MarkdownObject at, string label, string value)
    {
        var field = ImportVocabulary.HeaderFields.GetValueOrDefault(ImportVocabulary.Key(label), "");
        switch (field)
        {
            case "date" when ParseDate(value) is { } date:
                _postmortem = _postmortem with { IncidentDate = date };
                break;
            case "authors":
                _postmortem = _postmortem with { Authors = ParseAuthors(value) };
                break;
            case "status" when ImportVocabulary.Statuses.TryGetValue(ImportVocabulary.Key(value), out var status):
                _postmortem = _postmortem with { Status = status };
                break;
            case "severity" when ParseSeverity(value) is { } severity:
                if (!value.StartsWith("SEV", StringComparison.OrdinalIgnoreCase))
                {
                    Notice(at, $"Severity '{value}' was read as {Serialization.EnumNames.Of(severity)}; check it.");
                }

                _postmortem = _postmortem with { Severity = severity };
                break;
            default:
                _notes.Add($"From '{_section}': {(label.Length > 0 ? label + ": " : "")}{value}");
                Notice(at, $"The header field '{label}' ('{value}') was not recognised; kept in the appendix notes.");
                break;
        }
    }

    private static Severity? ParseSeverity(string value)
    {
        var key = ImportVocabulary.Key(value);
        var compact = key.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (ImportVocabulary.Severities.TryGetValue(compact, out var severity))
        {
            return severity;
        }

        var first = key.Split(' ')[0].Replace("-", "", StringComparison.Ordinal);
        return ImportVocabulary.Severities.TryGetValue(first, out severity) ? severity : null;
    }

    /// <summary>"Dana Whitfield (incident commander), Sam Okoro" into authors with roles.</summary>
    private static List<Author> ParseAuthors(string value)
    {
        if (value.Length == 0 || value.Trim('_').Equals("not recorded", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var authors = new List<Author>();
        var rest = value;
        while (rest.Length > 0)
        {
            var comma = rest.IndexOf(", ", StringComparison.Ordinal);
            var open = rest.IndexOf(" (", StringComparison.Ordinal);
            if (open >= 0 && (comma < 0 || open < comma))
            {
                var close = rest.IndexOf(')', open);
                close = close < 0 ? rest.Length - 1 : close;
                authors.Add(new Author(rest[..open].Trim(), rest[(open + 2)..close].Trim()));
                rest = rest[Math.Min(close + 1, rest.Length)..].TrimStart(',', ' ');
                continue;
            }

            var end = comma < 0 ? rest.Length : comma;
            authors.Add(new Author(rest[..end].Trim()));
            rest = rest[end..].TrimStart(',', ' ');
        }

        return authors.Where(a => a.Name.Length > 0).ToList();
    }
}
