using System.ComponentModel;
using McpPostmortem.Errors;
using McpPostmortem.Rendering;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Resources;

/// <summary>The text of every template as an MCP resource, to read or to copy as a custom template.</summary>
[McpServerResourceType]
public sealed class TemplateResources(Workspace workspace)
{
    private const string MimeType = "text/plain";

    [McpServerResource(UriTemplate = TemplateCatalog.UriPrefix + "default", Name = "template-default",
        Title = "Template: default", MimeType = MimeType)]
    [Description("The built-in reference-layout template (Scriban), a starting point for custom templates.")]
    public string Default() => Read("default");

    [McpServerResource(UriTemplate = TemplateCatalog.UriPrefix + "google-sre", Name = "template-google-sre",
        Title = "Template: google-sre", MimeType = MimeType)]
    [Description("The built-in template with the Google SRE book's postmortem sections (Scriban).")]
    public string GoogleSre() => Read("google-sre");

    [McpServerResource(UriTemplate = TemplateCatalog.UriPrefix + "external", Name = "template-external",
        Title = "Template: external", MimeType = MimeType)]
    [Description("The built-in customer-facing template (Scriban): summary and impact through public_text, " +
        "milestones in plain words, action items counted by class; no owners, root cause or revenue.")]
    public string External() => Read("external");

    [McpServerResource(UriTemplate = TemplateCatalog.UriPrefix + "{name}", Name = "template",
        Title = "Template by name", MimeType = MimeType)]
    [Description("Any template by name, built-in or custom; list_templates gives the names.")]
    public string ByName([Description("Template name.")] string name) => Read(name);

    private string Read(string name)
    {
        try
        {
            return new TemplateCatalog(workspace.Store.Directory).Text(name);
        }
        catch (PostmortemException ex)
        {
            // A bad or unknown name is the caller's to fix: invalid params (-32602), which the SDK also
            // recommends for a resource that does not exist, not an internal error.
            throw new McpProtocolException(ex.Message, ex, McpErrorCode.InvalidParams);
        }
    }
}
