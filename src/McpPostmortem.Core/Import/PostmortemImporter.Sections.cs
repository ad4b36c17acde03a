using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using McpPostmortem.Model;

namespace McpPostmortem.Import;

/// <summary>The prose and list sections: summary, impact, root cause, factors, lists, related, appendix.</summary>
public sealed partial class PostmortemImporter
{
    private void ReadSummary(List<Block> blocks)
    {
        var text = new List<Block>();
        for (var i = 0; i < blocks.Count; i++)
        {
            // The reference puts "**Impact:**" and its bullets inside the summary.
            if (blocks[i] is ParagraphBlock p && ImportVocabulary.Key(_source.Of(p)) == "impact"
                && i + 1 < blocks.Count && blocks[i + 1] is ListBlock)
            {
                ReadImpact([blocks[i + 1]]);
                i++;
                continue;
            }

            text.Add(blocks[i]);
        }

        _postmortem = _postmortem with { Summary = BlockText(text) };
    }

    private void ReadImpact(List<Block> blocks)
    {
        var impact = _postmortem.Impact;
        var other = new List<string>();
        foreach (var block in blocks)
        {
            if (block is not ListBlock list)
            {
                if (!IsPlaceholder(block, _source))
                {
                    KeepAside(block, [block], "Impact text outside the list of measured effects");
                }

                continue;
            }

            foreach (var item in list.OfType<ListItemBlock>())
            {
                var (label, value) = LabelAndValue(ItemText(item));
                value = MarkdownSource.Line(value);
                switch (ImportVocabulary.ImpactFields.GetValueOrDefault(label, ""))
                {
                    case "duration":
                        impact = impact with { Duration = value };
                        break;
                    case "users":
                        impact = impact with { UsersAffected = value };
                        break;
                    case "requests":
                        impact = impact with { RequestsFailed = value };
                        break;
                    case "revenue":
                        impact = impact with { RevenueImpact = value };
                        break;
                    case "other":
                        other.Add(value);
                        break;
                    default:
                        other.Add(label.Length > 0 ? $"{label}: {value}" : value);
                        Notice(item, $"The impact line '{Clip(ItemText(item))}' has no field of its own; kept " +
                            "under 'Other'.");
                        break;
                }
            }
        }

        _postmortem = _postmortem with
        {
            Impact = other.Count == 0 ? impact : impact with { Other = string.Join("; ", other) },
        };
    }

    private void ReadRootCause(List<Block> blocks)
    {
        var diff = "";
        var text = blocks;
        if (blocks.Count > 0 && blocks[^1] is FencedCodeBlock fence
            && string.Equals(fence.Info, "diff", StringComparison.OrdinalIgnoreCase))
        {
            diff = fence.Lines.ToString();
            text = blocks[..^1];
        }

        _postmortem = _postmortem with { RootCause = new RootCause { Text = BlockText(text), Diff = diff } };
    }

    private void ReadFactors(List<Block> blocks)
    {
        var factors = new List<ContributingFactor>();
        foreach (var block in blocks)
        {
            if (block is not ListBlock list)
            {
                KeepIfContent(block, "Contributing-factor text outside the numbered list");
                continue;
            }

            foreach (var item in list.OfType<ListItemBlock>())
            {
                var lead = item.OfType<ParagraphBlock>().FirstOrDefault();
                var (title, first) = BoldTitle(lead is null ? "" : _source.Of(lead).Trim());
                var points = first.Length > 0 ? new List<string> { MarkdownSource.Line(first) } : [];
                foreach (var sub in item.OfType<ListBlock>())
                {
                    points.AddRange(sub.OfType<ListItemBlock>().Select(i => MarkdownSource.Line(ItemText(i))));
                }

                factors.Add(new ContributingFactor { Id = $"cf-{factors.Count + 1}", Title = title, Points = points });
            }
        }

        _postmortem = _postmortem with { ContributingFactors = factors };
    }

    /// <summary>"**Title:** rest" or "**Title**" into the title and the rest; plain text is all title.</summary>
    private static (string Title, string Remainder) BoldTitle(string text)
    {
        var line = text.Replace('\n', ' ');
        var close = line.StartsWith("**", StringComparison.Ordinal) ? line.IndexOf("**", 2,
            StringComparison.Ordinal) : -1;
        if (close < 0)
        {
            return (MarkdownSource.Line(line), "");
        }

        var title = line[2..close].Trim().TrimEnd(':').Trim();
        var rest = line[(close + 2)..].Trim().TrimStart(':').Trim();
        return (MarkdownSource.Line(title), rest);
    }

    private List<string> ReadList(List<Block> blocks)
    {
        var items = new List<string>();
        foreach (var block in blocks)
        {
            if (block is ListBlock list)
            {
                items.AddRange(list.OfType<ListItemBlock>().Select(i => MarkdownSource.Line(ItemText(i))));
            }
            else
            {
                KeepIfContent(block, "Text outside the section's list");
            }
        }

        return items;
    }

    private void ReadRelated(List<Block> blocks)
    {
        var related = new List<RelatedIncident>();
        foreach (var block in blocks)
        {
            if (block is not ListBlock list)
            {
                KeepIfContent(block, "Text outside the list of related incidents");
                continue;
            }

            foreach (var item in list.OfType<ListItemBlock>())
            {
                related.Add(Related(item));
            }
        }

        _postmortem = _postmortem with { RelatedIncidents = related };
    }

    private RelatedIncident Related(ListItemBlock item)
    {
        var text = ItemText(item);
        DateOnly? date = null;
        if (text.Length >= 10 && ParseDate(text[..10]) is { } plain && text[10..].StartsWith(": ",
            StringComparison.Ordinal))
        {
            date = plain;
            text = text[12..];
        }
        else if (text.Length >= 12 && text[0] == '[' && text[11] == ']' && ParseDate(text[1..11]) is { } bracketed)
        {
            date = bracketed;
            text = text[12..].Trim();
        }

        var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
        var link = paragraph?.Inline?.LastChild as LinkInline;
        if (link is { IsImage: false, FirstChild: not null } && _source.Of(link).Trim() == text.Trim())
        {
            var label = _source.Text[(link.Span.Start + 1)..(link.LastChild!.Span.End + 1)];
            return new RelatedIncident { Date = date, Description = MarkdownSource.Line(label), Link = link.Url ?? "" };
        }

        return new RelatedIncident { Date = date, Description = MarkdownSource.Line(text) };
    }

    private void ReadAppendix(List<Block> blocks)
    {
        var appendix = _postmortem.Appendix;
        var part = "";
        var notes = new List<Block>();
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading)
            {
                part = ImportVocabulary.Key(HeadingText(heading));
                if (part is not ("monitoring graphs" or "graphs" or "communication log" or "code fix" or "notes"))
                {
                    notes.Add(block);
                }

                continue;
            }

            switch (part, block)
            {
                case ("monitoring graphs" or "graphs", ListBlock list):
                    appendix = appendix with { Graphs = [.. appendix.Graphs, .. list.OfType<ListItemBlock>()
                        .Select(Graph)] };
                    break;
                case ("communication log", ListBlock list):
                    appendix = appendix with
                    {
                        CommunicationLog = [.. appendix.CommunicationLog,
                            .. list.OfType<ListItemBlock>().Select(i => MarkdownSource.Line(ItemText(i)))],
                    };
                    break;
                case ("code fix", FencedCodeBlock fence) when appendix.CodeFix.Length == 0:
                    appendix = appendix with { CodeFix = fence.Lines.ToString() };
                    if (!string.IsNullOrEmpty(fence.Info))
                    {
                        Notice(fence, $"The code fix's language '{fence.Info}' is not kept; the code is.");
                    }

                    break;
                case ("notes", _):
                    notes.Add(block);
                    break;
                default:
                    if (!IsPlaceholder(block, _source))
                    {
                        notes.Add(block);
                        if (part.Length > 0)
                        {
                            Notice(block, $"Content under '{part}' that is not a list or code block; kept in the " +
                                "appendix notes.");
                        }
                    }

                    break;
            }
        }

        // Notes separated by mapped content are separate runs; each run keeps its own spacing.
        var runs = new List<List<Block>>();
        foreach (var note in notes)
        {
            var index = blocks.IndexOf(note);
            if (runs.Count > 0 && blocks.IndexOf(runs[^1][^1]) == index - 1)
            {
                runs[^1].Add(note);
            }
            else
            {
                runs.Add([note]);
            }
        }

        var text = runs.Select(BlockText).Where(t => t.Length > 0);
        _postmortem = _postmortem with { Appendix = appendix with { Notes = string.Join("\n\n", text) } };
    }

    private Graph Graph(ListItemBlock item)
    {
        var text = ItemText(item);
        var link = item.OfType<ParagraphBlock>().FirstOrDefault()?.Inline?.FirstChild as LinkInline;
        if (link is { FirstChild: not null } && _source.Of(link).Trim() == text.Trim())
        {
            var label = _source.Text[(link.Span.Start + 1)..(link.LastChild!.Span.End + 1)];
            return new Graph(MarkdownSource.Line(label), link.Url ?? "");
        }

        return new Graph(MarkdownSource.Line(text));
    }

    private void KeepIfContent(Block block, string why)
    {
        if (!IsPlaceholder(block, _source) && block is not ThematicBreakBlock)
        {
            KeepAside(block, [block], why);
        }
    }

    /// <summary>The text of a run of blocks, placeholders ("_Not written yet._") left out.</summary>
    private string BlockText(List<Block> blocks)
    {
        var kept = blocks.Where(b => !IsPlaceholder(b, _source) && b is not ThematicBreakBlock).ToList();
        return kept.Count == 0 ? "" : MarkdownSource.Block(_source.Between(kept[0], kept[^1]));
    }

    /// <summary>The source of a list item's content, after its marker, as one line.</summary>
    private string ItemText(ListItemBlock item)
    {
        var first = item.FirstOrDefault(b => b is not ListBlock);
        if (first is null)
        {
            return "";
        }

        var last = item.LastOrDefault(b => b is not ListBlock)!;
        var text = _source.Between(first, last);
        return string.Join(' ', text.Split('\n').Select(l => l.Trim())).Trim();
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
