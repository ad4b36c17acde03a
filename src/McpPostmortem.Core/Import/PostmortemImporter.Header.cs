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
            // A setext title ends in its underline line; an ATX title starts with its hashes.
            var source = _source.Of(heading);
            var title = heading.IsSetext
                ? string.Join(' ', source[..source.LastIndexOf('\n')].Split('\n').Select(l => l.Trim()))
                : source.TrimStart('#').Trim();
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
            case "timezone":
                _headerZone = value;
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

    /// <summary>
    /// "Dana Whitfield (incident commander), Sam Okoro" or "Lena Fischer (IC); Ji-ho Park" into authors
    /// with roles: names are separated by commas or semicolons outside parentheses.
    /// </summary>
    private static List<Author> ParseAuthors(string value)
    {
        if (value.Length == 0 || value.Trim('_').Equals("not recorded", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            depth += value[i] switch { '(' => 1, ')' when depth > 0 => -1, _ => 0 };
            if (depth == 0 && value[i] is ',' or ';')
            {
                parts.Add(value[start..i]);
                start = i + 1;
            }
        }

        parts.Add(value[start..]);
        var authors = new List<Author>();
        foreach (var part in parts.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var open = part.IndexOf(" (", StringComparison.Ordinal);
            authors.Add(open > 0 && part.EndsWith(')')
                ? new Author(part[..open].Trim(), part[(open + 2)..^1].Trim())
                : new Author(part));
        }

        return authors;
    }
}
