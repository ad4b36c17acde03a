using System.Net;
using System.Text;
using Markdig;
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

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Build();

    private static readonly Lazy<string> Stylesheet = new(() =>
    {
        using var stream = typeof(HtmlDocument).Assembly.GetManifestResourceStream("html/print.css")
            ?? throw new InvalidOperationException("The print stylesheet is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// Converts Markdown to a complete HTML page. A ```mermaid block is replaced by the SVG chart (or
    /// left out when there are too few milestones to draw); without one, the chart follows the
    /// Timeline section.
    /// </summary>
    public static string Render(string markdown, Postmortem postmortem)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        PlaceChart(document, IncidentChart.Svg(postmortem));

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

    private static void PlaceChart(MarkdownDocument document, string svg)
    {
        var mermaid = document.Descendants<FencedCodeBlock>()
            .Where(b => string.Equals(b.Info, "mermaid", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var block in mermaid)
        {
            // Mermaid needs a script to draw; the SVG chart replaces the first one and the rest go.
            var parent = block.Parent!;
            var index = parent.IndexOf(block);
            parent.RemoveAt(index);
            if (block == mermaid[0] && svg.Length > 0)
            {
                parent.Insert(index, Figure(svg));
            }
        }

        if (mermaid.Count > 0 || svg.Length == 0)
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
