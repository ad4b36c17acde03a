using System.ComponentModel;
using McpPostmortem.Linting;
using McpPostmortem.Rendering;
using McpPostmortem.Server.Results;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Tools;

/// <summary>Rendering the finished document and checking its language.</summary>
[McpServerToolType]
public sealed class DocumentTools(Workspace workspace, ILogger<DocumentTools> logger)
{
    [McpServerTool(Name = "render_postmortem", UseStructuredContent = true, Idempotent = true)]
    [Description("Render the postmortem with a template and write it beside the stored postmortem: " +
        "<id>.md (or <id>.html) for the default template, <id>.<template>.md for others. Returns the path and " +
        "the text (the first 60,000 characters of a longer document, with truncated true: read the rest " +
        "from the file). Call it last, after lint_postmortem is clean; render again after any change. Templates: " +
        "'default' (the reference layout; import_postmortem reads it back without loss), 'google-sre' (the SRE " +
        "book's sections), 'external' (customer-facing), or a custom one from list_templates. For 'external' " +
        "the result lists 'redactions' (each person, contact, link, host, address, port, path, ticket, " +
        "identifier or amount replaced) and 'warnings' (what it could not judge, such as a customer or person " +
        "named only in prose): read both and the text before sharing it. A template error names the template, " +
        "line and column, and writes nothing.")]
    public RenderResult RenderPostmortem(
        [Description("Postmortem id.")] string id,
        [Description("Template name from list_templates, such as 'default', 'google-sre' or 'external'.")]
        string template = "default",
        [Description("'markdown', or 'html' for one self-contained page with a print stylesheet and the " +
            "incident chart, to open in a browser or print.")]
        OutputFormat format = OutputFormat.Markdown)
    {
        var postmortem = workspace.LoadToWrite(id);
        var catalog = new TemplateCatalog(workspace.Store.Directory);
        var document = RenderedDocument.Create(catalog, postmortem, template, format);
        var path = workspace.Store.WriteOutput(id, document.Extension, document.Text);
        logger.LogInformation("Rendered {Id} with {Template} to {Path}", id, document.Template, path);
        return new RenderResult
        {
            Id = id,
            Template = document.Template,
            Format = format,
            Path = path,
            Markdown = RenderResult.Head(document.Markdown),
            Html = format == OutputFormat.Html ? RenderResult.Head(document.Text) : null,
            Length = document.Text.Length,
            Truncated = document.Markdown.Length > RenderResult.ReturnedTextLimit
                || document.Text.Length > RenderResult.ReturnedTextLimit,
            Redactions = document.Redactions,
            Warnings = document.Warnings,
        };
    }

    [McpServerTool(Name = "lint_postmortem", ReadOnly = true, UseStructuredContent = true)]
    [Description("Check every text field of a stored postmortem (summary, timeline, root cause, factors, " +
        "lists, action items) for blame language. Each finding has a rule id, severity, message, the section " +
        "and item id, and a suggestion for a blameless rewrite. Fix every error before rendering. At most 50 " +
        "findings come back, errors first; 'omitted' counts the rest, which show once those are fixed.")]
    public LintReport LintPostmortem(
        [Description("Postmortem id.")] string id) =>
        LintReport.Of(workspace.Linter.Lint(workspace.Store.Load(id), TeamLinter()));

    [McpServerTool(Name = "lint_text", ReadOnly = true, UseStructuredContent = true)]
    [Description("Check any drafted text or Markdown for blame language before you save it. Findings give " +
        "line and column, a message and a blameless rewrite or pattern to follow. At most 50 findings, errors " +
        "first; 'omitted' counts the rest.")]
    public LintReport LintText(
        [Description("The text to check, plain or Markdown.")] string text) =>
        LintReport.Of(TeamLinter().LintText(MarkdownMask.Mask(text)));

    private BlameLinter TeamLinter() => workspace.TeamBlame();
}
