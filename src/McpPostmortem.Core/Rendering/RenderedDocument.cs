using McpPostmortem.Model;
using McpPostmortem.Rendering.External;
using McpPostmortem.Rendering.Html;

namespace McpPostmortem.Rendering;

/// <summary>
/// A postmortem rendered fully in memory, ready to be written: the Markdown the template made, the
/// text of the file in the asked format, and the file extension it is stored under.
/// </summary>
/// <param name="Template">The plain template name used.</param>
/// <param name="Format">The format of <see cref="Text"/>.</param>
/// <param name="Markdown">The Markdown the template produced.</param>
/// <param name="Text">The file's text: the Markdown itself, or the HTML page made from it.</param>
public sealed record RenderedDocument(string Template, OutputFormat Format, string Markdown, string Text)
{
    /// <summary>What the template's public_text calls replaced; empty when it made none.</summary>
    public IReadOnlyList<Redaction> Redactions { get; init; } = [];

    /// <summary>What public_text could not judge, for a person to check; empty when it was not called.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// The extension after the postmortem id: "md" or "html" for the default template, and
    /// "&lt;template&gt;.md" otherwise, so a customer version never overwrites the internal one.
    /// </summary>
    public string Extension => (Template == "default" ? "" : Template + ".") + (Format == OutputFormat.Html
        ? "html" : "md");

    /// <summary>Renders with a template from the catalog; throws before anything is written on any error.</summary>
    public static RenderedDocument Create(TemplateCatalog catalog, Postmortem postmortem, string template,
        OutputFormat format)
    {
        var name = TemplateName.Require(template);
        var publicText = new PublicText(postmortem);
        var markdown = catalog.Render(postmortem, name, publicText);
        var text = format == OutputFormat.Html ? HtmlDocument.Render(markdown, postmortem) : markdown;
        return new RenderedDocument(name, format, markdown, text)
        {
            Redactions = publicText.Redactions,
            Warnings = publicText.Warnings,
        };
    }
}
