using System.ComponentModel;
using McpPostmortem.Rendering;
using McpPostmortem.Server.Results;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Tools;

/// <summary>The templates postmortems can be rendered with.</summary>
[McpServerToolType]
public sealed class TemplateTools(Workspace workspace)
{
    private const string Guide =
        "A custom template is a Scriban file <name>.scriban in the custom folder. It sees the same snake_case " +
        "data model as the built-ins (title, incident_date, timezone, authors, status, severity, summary, " +
        "impact, timeline, metrics, root_cause, contributing_factors, went_well, went_wrong, action_items, " +
        "lessons_learned, related_incidents, prevention, appendix) and the functions md_cell, md_line, " +
        "md_block, md_url, md_fence, md_fence_diff and public_text. Read a built-in one as a starting point " +
        "from the resource postmortem://templates/default. Includes name other templates of the same folder " +
        "only; unknown variables, endless loops and oversized output are errors with line and column.";

    [McpServerTool(Name = "list_templates", ReadOnly = true, UseStructuredContent = true)]
    [Description("List the templates render_postmortem accepts: the built-in 'default' (reference layout), " +
        "'google-sre' and 'external' (customer-facing), and custom .scriban files from the templates folder, " +
        "each with a description, the resource URI that holds its text, and any problem that stops it from " +
        "rendering. Call it before rendering with anything but the default.")]
    public TemplateList ListTemplates()
    {
        var catalog = new TemplateCatalog(workspace.Store.Directory);
        return new TemplateList { Templates = catalog.List(), CustomFolder = catalog.Loader.Folder, Guide = Guide };
    }
}
