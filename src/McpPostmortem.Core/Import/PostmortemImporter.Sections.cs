using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Rendering;

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
                var (title, first) = BoldTitle(lead);
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

    /// <summary>
    /// "**Title:** rest", "**Title** — rest" or "**Title**" into the title and the rest; a paragraph
    /// that does not start with bold text is all title.
    /// </summary>
    private (string Title, string Remainder) BoldTitle(ParagraphBlock? lead)
    {
        if (lead?.Inline?.FirstChild is not EmphasisInline { DelimiterCount: 2 } strong)
        {
            return (MarkdownSource.Line(lead is null ? "" : _source.Of(lead).Replace('\n', ' ')), "");
        }

        var title = StrongText(strong);
        var rest = _source.Text[(strong.Span.End + 1)..Math.Min(lead.Span.End + 1, _source.Text.Length)]
            .Replace('\n', ' ').Trim();
        if (rest.Length > 0 && title.EndsWith(':'))
        {
            // "**Title:** text": the colon separates; a title alone keeps its own punctuation.
            title = title.TrimEnd(':').TrimEnd();
        }

        foreach (var separator in (string[])[":", "—", "–", "-"])
        {
            // "**Title**: text", "**Title** — text", "**Title** – text" or "**Title** - text".
            if (rest.StartsWith(separator, StringComparison.Ordinal)
                && (separator == ":" || rest.Length == separator.Length || char.IsWhiteSpace(rest[separator.Length])))
            {
                rest = rest[separator.Length..].Trim();
                break;
            }
        }

        return (title, rest);
    }

    /// <summary>The text inside "**...**" or "_..._", with the escapes of md_strong and md_line undone.</summary>
    private string StrongText(EmphasisInline emphasis)
    {
        var count = emphasis.DelimiterCount;
        var inner = _source.Text[(emphasis.Span.Start + count)..(emphasis.Span.End + 1 - count)];
        return MarkdownSource.Line(InlineText.Disclose(inner, "*_"));
    }

    /// <summary>The label and address of "[label](url)", the label's escapes undone.</summary>
    private (string Label, string Url) LinkParts(LinkInline link)
    {
        var source = _source.Of(link);
        var close = source.LastIndexOf("](", StringComparison.Ordinal);
        var label = close > 0 ? source[1..close] : "";
        return (MarkdownSource.Line(InlineText.Disclose(label, "[]")), link.Url ?? "");
    }

    /// <summary>A link the tools would accept (absolute http or https); others stay text.</summary>
    private static bool IsToolLink(string url)
    {
        try
        {
            return Input.Link(url, "link").Length > 0;
        }
        catch (PostmortemException)
        {
            return false;
        }
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
        if (link is { IsImage: false, FirstChild: not null } && _source.Of(link).Trim() == text.Trim()
            && IsToolLink(link.Url ?? ""))
        {
            var (label, url) = LinkParts(link);
            return new RelatedIncident { Date = date, Description = label, Link = url };
        }

        return new RelatedIncident { Date = date, Description = MarkdownSource.Line(text) };
    }

    private void ReadAppendix(List<Block> blocks)
    {
        var appendix = _postmortem.Appendix;
        var debriefs = new List<DebriefNote>();
        var pieces = new List<string>();
        var part = "";
        var notes = new List<Block>();
        void FlushNotes()
        {
            if (notes.Count > 0)
            {
                pieces.Add(MarkdownSource.Markdown(_source.Between(notes[0], notes[^1])));
                notes.Clear();
            }
        }

        foreach (var block in blocks)
        {
            // Level-3 headings name the appendix parts; deeper ones belong to the part's content.
            if (block is HeadingBlock { Level: <= 3 } heading)
            {
                FlushNotes();
                part = ImportVocabulary.AppendixParts.GetValueOrDefault(ImportVocabulary.Key(HeadingText(heading)), "");
                if (part.Length == 0)
                {
                    part = "other";
                    pieces.Add($"#### {MarkdownSource.Line(HeadingText(heading))}");
                    Notice(block, $"The appendix part '{HeadingText(heading)}' has no field of its own; kept in the " +
                        "appendix notes.");
                }

                continue;
            }

            switch (part, block)
            {
                case ("graphs", ListBlock list):
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
                case ("debriefs", _) when ReadDebrief(block, debriefs):
                    break;
                case ("other" or "", _):
                    if (!IsPlaceholder(block, _source))
                    {
                        pieces.Add(KeptText([block]));
                    }

                    break;
                default:
                    if (!IsPlaceholder(block, _source))
                    {
                        pieces.Add(KeptText([block]));
                        Notice(block, $"Content under '{part}' that does not fit it; kept in the appendix notes.");
                    }

                    break;
            }
        }

        FlushNotes();
        _postmortem = _postmortem with
        {
            Appendix = appendix with { Notes = string.Join("\n\n", pieces.Where(t => t.Length > 0)) },
            Debriefs = debriefs,
        };
    }

    /// <summary>
    /// One block of the debriefs part: "**responder**" starts a debrief, a list of "_question_ answer"
    /// items fills it. False when the block has neither shape.
    /// </summary>
    private bool ReadDebrief(Block block, List<DebriefNote> debriefs)
    {
        if (block is ParagraphBlock { Inline.FirstChild: EmphasisInline { DelimiterCount: 2 } strong } paragraph
            && strong.NextSibling is null && ReferenceEquals(strong, paragraph.Inline.LastChild))
        {
            var responder = StrongText(strong);
            debriefs.Add(new DebriefNote { Id = $"db-{debriefs.Count + 1}", Responder = responder });
            return true;
        }

        if (block is not ListBlock list || debriefs.Count == 0)
        {
            return false;
        }

        var answers = new List<DebriefAnswer>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            if (item.FirstOrDefault() is not ParagraphBlock { Inline.FirstChild: EmphasisInline { DelimiterCount: 1 }
                question } first || item.LastOrDefault() is not { } last)
            {
                return false;
            }

            var answer = _source.Text[(question.Span.End + 1)..Math.Min(last.Span.End + 1, _source.Text.Length)];
            answers.Add(new DebriefAnswer
            {
                Question = StrongText(question),
                Answer = MarkdownSource.Item(answer.TrimStart(' '), first.Column),
            });
        }

        debriefs[^1] = debriefs[^1] with { Answers = [.. debriefs[^1].Answers, .. answers] };
        return true;
    }

    /// <summary>
    /// Foreign Markdown kept as written, except headings of level 1 to 3, which become level 4 so they
    /// stay inside the appendix notes instead of being escaped there.
    /// </summary>
    private string KeptText(List<Block> blocks)
    {
        if (blocks.Count == 0)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        var position = blocks[0].Span.Start;
        var end = Math.Min(blocks[^1].Span.End + 1, _source.Text.Length);
        foreach (var heading in blocks.OfType<HeadingBlock>().Where(h => h.Level <= 3))
        {
            text.Append(_source.Text, position, heading.Span.Start - position)
                .Append("#### ").Append(MarkdownSource.Line(HeadingText(heading)));
            position = Math.Min(heading.Span.End + 1, end);
        }

        return MarkdownSource.CollapseBlankLines(text.Append(_source.Text, position, end - position).ToString().Trim());
    }

    private Graph Graph(ListItemBlock item)
    {
        var text = ItemText(item);
        var link = item.OfType<ParagraphBlock>().FirstOrDefault()?.Inline?.FirstChild as LinkInline;
        if (link is { IsImage: false, FirstChild: not null } && _source.Of(link).Trim() == text.Trim()
            && IsToolLink(link.Url ?? ""))
        {
            var (label, url) = LinkParts(link);
            return new Graph(label, url);
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
