using System.Globalization;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Storage;

namespace McpPostmortem.Import;

/// <summary>
/// Reads a Markdown postmortem in the reference layout into the model through Markdig's syntax
/// tree: the header fields, each section by its heading, tables by their columns. Whatever fits no
/// field is kept in the appendix notes and reported, never dropped. A document rendered with the
/// default template imports to a postmortem that renders to the same document.
/// </summary>
public sealed partial class PostmortemImporter
{
    /// <summary>The largest document accepted, in characters.</summary>
    public const int MaxDocumentLength = 1024 * 1024;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy"];

    private readonly MarkdownSource _source;
    private readonly List<ImportNotice> _notices = [];
    private readonly List<string> _notes = [];
    private readonly List<(int Line, string Text)> _comments = [];
    private Postmortem _postmortem;
    private string _section = "header";
    private DocumentData? _data;

    // A zone named in the header ("**Timezone:** Asia/Tokyo"); the timeline reads its times in it
    // unless the timeline names its own.
    private string _headerZone = "";
    private bool _zoneRead;

    private PostmortemImporter(string markdown, DateOnly? incidentDate)
    {
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        _source = new MarkdownSource(WithoutComments(text));
        _postmortem = new Postmortem { Id = "imported", Title = "", IncidentDate = incidentDate ?? default };
    }

    /// <summary>
    /// Imports a document. <paramref name="incidentDate"/> is used when the document has no Date field;
    /// <paramref name="id"/>, when given, replaces the id made from the date and title.
    /// </summary>
    public static ImportedPostmortem Import(string markdown, DateOnly? incidentDate = null, string id = "")
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            throw new PostmortemException("'markdown' is empty: pass the text of a Markdown postmortem.");
        }

        if (markdown.Length > MaxDocumentLength)
        {
            throw new PostmortemException($"'markdown' is longer than {MaxDocumentLength} characters.");
        }

        var importer = new PostmortemImporter(markdown, incidentDate);
        return importer.Run(id);
    }

    private ImportedPostmortem Run(string id)
    {
        var document = Markdown.Parse(_source.Text, Pipeline);
        foreach (var (line, comment) in _comments)
        {
            var text = Clip(comment.ReplaceLineEndings(" "));
            _notices.Add(new ImportNotice("document", line + 1, $"The HTML comment '{text}' is invisible " +
                "in the document and was left out."));
        }

        var sections = Split(document);
        foreach (var (heading, blocks) in sections)
        {
            _section = heading is null ? "header" : HeadingText(heading);
            if (heading is null || heading.Level == 1)
            {
                ReadHeader(heading, blocks);
                continue;
            }

            var key = SectionKey(_section, out var zone);
            ReadSection(key, heading, blocks, zone);
        }

        if (!_zoneRead && _headerZone.Length > 0)
        {
            UseZone(ResolveZone([_headerZone], document));
        }

        if (_postmortem.Title.Length == 0)
        {
            throw new PostmortemException(
                "The document has no title: start it with '# Postmortem: <short incident name>'.");
        }

        if (_postmortem.IncidentDate == default)
        {
            throw new PostmortemException(
                "The document has no Date field ('| **Date** | 2025-03-14 |' or '**Date:** 2025-03-14' under the " +
                "title); add one, or pass 'incident_date'.");
        }

        ApplyData();
        var notes = _postmortem.Appendix.Notes.Length == 0 ? _notes : [_postmortem.Appendix.Notes, .. _notes];
        var postmortem = _postmortem with
        {
            Id = string.IsNullOrWhiteSpace(id) ? PostmortemId.Create(_postmortem.IncidentDate, _postmortem.Title) : id,
            Appendix = _postmortem.Appendix with { Notes = string.Join("\n\n", notes) },
        };
        return new ImportedPostmortem(postmortem, [.. _notices.OrderBy(n => n.Line)]);
    }

    /// <summary>
    /// The text with its HTML comments blanked out (line breaks kept, so notices keep their line
    /// numbers). Comments are invisible in every view of the document, so they become no field; our
    /// own document-data comment is read first.
    /// </summary>
    private string WithoutComments(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var spans = new List<(int Start, int End)>();
        foreach (var block in document.Descendants<HtmlBlock>().Where(b => b.Type == HtmlBlockType.Comment))
        {
            var comment = text[block.Span.Start..Math.Min(block.Span.End + 1, text.Length)];
            if (DocumentData.IsComment(comment))
            {
                _data = DocumentData.Parse(comment);
                if (_data is null)
                {
                    _notices.Add(new ImportNotice("document", block.Line + 1, "The hidden document data could not " +
                        "be read, so ids, classes, categories and sources were not restored."));
                }
            }
            else
            {
                _comments.Add((block.Line, comment.Trim()));
            }

            spans.Add((block.Span.Start, Math.Min(block.Span.End + 1, text.Length)));
        }

        foreach (var inline in document.Descendants<HtmlInline>().Where(h => h.Tag.StartsWith("<!--",
            StringComparison.Ordinal)))
        {
            _comments.Add((inline.Line, inline.Tag));
            spans.Add((inline.Span.Start, Math.Min(inline.Span.End + 1, text.Length)));
        }

        var removed = new bool[text.Length];
        foreach (var (start, end) in spans)
        {
            for (var i = start; i < end; i++)
            {
                removed[i] = text[i] != '\n';
            }
        }

        var clean = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!removed[i])
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }

    private static List<(HeadingBlock? Heading, List<Block> Blocks)> Split(MarkdownDocument document)
    {
        var sections = new List<(HeadingBlock?, List<Block>)> { (null, []) };
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: <= 2 } heading)
            {
                sections.Add((heading, []));
            }
            else
            {
                sections[^1].Item2.Add(block);
            }
        }

        return sections;
    }

    private void ReadSection(string key, HeadingBlock heading, List<Block> blocks, string zone)
    {
        switch (key)
        {
            case "summary":
                ReadSummary(blocks);
                break;
            case "impact":
                ReadImpact(blocks);
                break;
            case "timeline":
                ReadTimeline(blocks, zone);
                break;
            case "root_cause":
                ReadRootCause(blocks);
                break;
            case "contributing_factors":
                ReadFactors(blocks);
                break;
            case "went_well":
                _postmortem = _postmortem with { WentWell = ReadList(blocks) };
                break;
            case "went_wrong":
                _postmortem = _postmortem with { WentWrong = ReadList(blocks) };
                break;
            case "action_items":
                ReadActionItems(blocks);
                break;
            case "lessons_learned":
                _postmortem = _postmortem with { LessonsLearned = ReadList(blocks) };
                break;
            case "related_incidents":
                ReadRelated(blocks);
                break;
            case "prevention":
                _postmortem = _postmortem with { Prevention = ReadList(blocks) };
                break;
            case "appendix":
                ReadAppendix(blocks);
                break;
            default:
                KeepAside(heading, blocks, $"The section '{_section}' has no place in the reference layout");
                break;
        }
    }

    private static string SectionKey(string heading, out string zone)
    {
        // "Timeline (All times UTC)" names the zone in the heading itself.
        zone = "";
        var name = heading;
        var open = heading.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && heading.EndsWith(')'))
        {
            var inside = heading[(open + 1)..^1].Trim();
            name = heading[..open].Trim();
            zone = inside.StartsWith("All times", StringComparison.OrdinalIgnoreCase)
                ? inside["All times".Length..].Trim().Replace("in ", "", StringComparison.Ordinal).Trim()
                : "";
        }

        return ImportVocabulary.Sections.GetValueOrDefault(ImportVocabulary.Key(name), "");
    }

    private void Notice(MarkdownObject at, string message) =>
        _notices.Add(new ImportNotice(_section, at.Line + 1, message));

    /// <summary>Keeps blocks that fit no field in the appendix notes, and says so.</summary>
    private void KeepAside(MarkdownObject at, List<Block> blocks, string why)
    {
        if (blocks.Count == 0 && at is not HeadingBlock)
        {
            return;
        }

        _notes.Add($"From '{_section}':\n\n{KeptText(blocks)}".TrimEnd());
        Notice(at, $"{why}; kept in the appendix notes.");
    }

    private static bool IsPlaceholder(Block block, MarkdownSource source)
    {
        var text = source.Of(block).Trim();
        return text.Length > 2 && text[0] == '_' && text[^1] == '_' && !text[1..^1].Contains('_',
            StringComparison.Ordinal)
            && block is ParagraphBlock;
    }

    private static string HeadingText(HeadingBlock heading)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in heading.Inline?.Descendants<Inline>() ?? [])
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                CodeInline code => code.Content,
                _ => "",
            });
        }

        return text.ToString().Trim();
    }

    private static IEnumerable<TableRow> Rows(Table table) => table.OfType<TableRow>();

    private string CellText(TableRow row, int column) =>
        column < row.Count ? MarkdownSource.Cell(_source.Of(row[column])) : "";

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim().Trim('[', ']'), DateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date) ? date : null;
}
