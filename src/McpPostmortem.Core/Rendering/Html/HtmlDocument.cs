using System.Net;
using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using McpPostmortem.Model;

namespace McpPostmortem.Rendering.Html;

/// <summary>
/// Turns a rendered Markdown postmortem into one self-contained HTML file: Markdig converts the
/// Markdown, a small print stylesheet is embedded, and the incident chart is inline SVG. A content
/// security policy forbids scripts and every fetch, so the file shows the same offline and in print.
/// </summary>
public static class HtmlDocument
{
    /// <summary>Allows only the embedded style and inline images; nothing is fetched at view time.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>
    /// GitHub-flavoured Markdown, the dialect the templates write: pipe tables, heading ids,
    /// strikethrough, task lists and bare links. Extensions with block syntax of their own (custom
    /// containers, math, figures, footnotes, attributes) are left out, so user text that is plain in
    /// the Markdown file stays plain in the page.
    /// </summary>
    internal static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseTaskLists()
        .UseAutoLinks()
        .Build();

    private static readonly Lazy<string> Stylesheet = new(() =>
    {
        using var stream = typeof(HtmlDocument).Assembly.GetManifestResourceStream("html/print.css")
            ?? throw new InvalidOperationException("The print stylesheet is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// Converts Markdown to a complete HTML page. The template's own ```mermaid chart is replaced by
    /// the SVG chart (or left out when there are too few milestones to draw); without one, the chart
    /// follows the Timeline section. Other mermaid blocks stay code. Images become links, links with
    /// a scheme other than http, https or mailto become their text, and the hidden document data
    /// comment is left out.
    /// </summary>
    public static string Render(string markdown, Postmortem postmortem)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        PlaceChart(document, IncidentChart.Svg(postmortem), Timeline.IncidentChart.Render(postmortem));
        SafeLinks.Apply(document);
        RemoveEmptyHeaderRows(document);
        RemoveDocumentData(document);

        using var body = new StringWriter();
        var renderer = new HtmlRenderer(body);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        body.Flush();

        var page = new StringBuilder(markdown.Length * 2);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy)
                .Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(Title(document, postmortem))).Append("</title>\n")
            .Append("<style>\n").Append(Stylesheet.Value).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append(body.ToString())
            .Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void PlaceChart(MarkdownDocument document, string svg, string chartMarkdown)
    {
        // Only the block the template wrote from timeline_chart is the chart; a user's diagram stays code.
        var body = string.Join('\n', chartMarkdown.Split('\n').Skip(1).SkipLast(1)).TrimEnd('\n');
        var chart = body.Length == 0 ? null : document.Descendants<FencedCodeBlock>()
            .FirstOrDefault(b => string.Equals(b.Info, "mermaid", StringComparison.OrdinalIgnoreCase)
                && b.Lines.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') == body);
        if (chart is not null)
        {
            // Mermaid needs a script to draw, which the page does not run; the SVG takes its place.
            var parent = chart.Parent!;
            var index = parent.IndexOf(chart);
            parent.RemoveAt(index);
            if (svg.Length > 0)
            {
                parent.Insert(index, Figure(svg));
            }

            return;
        }

        if (svg.Length == 0)
        {
            return;
        }

        var timeline = document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level <= 2
            && Text(h).StartsWith("Timeline", StringComparison.OrdinalIgnoreCase));
        if (timeline is null)
        {
            return;
        }

        var next = document.IndexOf(timeline) + 1;
        while (next < document.Count && !(document[next] is HeadingBlock h && h.Level <= timeline.Level))
        {
            next++;
        }

        document.Insert(next, Figure(svg));
    }

    /// <summary>The header table has no column names; an empty header row would show as a grey bar.</summary>
    private static void RemoveEmptyHeaderRows(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>().ToList())
        {
            if (table.Count > 1 && table[0] is TableRow { IsHeader: true } header
                && header.OfType<TableCell>().All(c =>
                    c.Descendants<LeafBlock>().All(l => l.Inline?.FirstChild is null)))
            {
                table.RemoveAt(0);
            }
        }
    }

    private static void RemoveDocumentData(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<HtmlBlock>().ToList())
        {
            if (DocumentData.IsComment(block.Lines.ToString()))
            {
                block.Parent!.Remove(block);
            }
        }
    }

    private static HtmlBlock Figure(string svg) => new(null)
    {
        Type = HtmlBlockType.NonInterruptingBlock,
        Lines = new StringLineGroup(
            $"<figure class=\"incident-chart\">{svg}<figcaption>Incident phases, from one milestone to the " +
            "next.</figcaption></figure>"),
    };

    private static string Title(MarkdownDocument document, Postmortem postmortem)
    {
        var heading = document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        return heading is null ? postmortem.Title : Text(heading);
    }

    private static string Text(LeafBlock block)
    {
        var text = new StringBuilder();
        foreach (var inline in block.Inline?.Descendants<Inline>() ?? [])
        {
            var part = inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                CodeInline code => code.Content,
                _ => "",
            };
            text.Append(part);
        }

        return text.ToString().Trim();
    }
}
