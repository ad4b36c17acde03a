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
        "A custom template is a Scriban file <name>.scriban in the custom folder, rendered with " +
        "render_postmortem template=<name> to <id>.<name>.md (or .html). It sees the snake_case fields listed " +
        "in 'data_model' (sub-fields included) and the functions in 'functions'; escape every user value with " +
        "one of the md_* functions, or a line of three backticks in it would swallow the rest of the document. " +
        "Read a built-in as a starting point from the resource postmortem://templates/default. Includes name " +
        "other templates of the same folder only. Unknown variables, endless loops, recursion deeper than 64, " +
        "output over 16 MiB, more than 5 seconds of work and regular expressions running over 1 second are " +
        "errors with template, line and column; nothing is written. A name that differs only by case from " +
        "another template is refused.";

    [McpServerTool(Name = "list_templates", ReadOnly = true, UseStructuredContent = true)]
    [Description("List the templates render_postmortem accepts: the built-in 'default' (reference layout), " +
        "'google-sre' and 'external' (customer-facing), and custom .scriban files from the templates folder, " +
        "each with a description, the resource URI that holds its text, and any problem that stops it from " +
        "rendering. Also returns the full data model and functions a custom template can use. Call it before " +
        "rendering with anything but the default, and before writing a custom template.")]
    public TemplateList ListTemplates()
    {
        var catalog = new TemplateCatalog(workspace.Store.Directory);
        return new TemplateList
        {
            Templates = catalog.List(),
            CustomFolder = catalog.Loader.Folder,
            Guide = Guide,
            DataModel = TemplateGuide.Fields,
            Functions = TemplateGuide.Functions,
        };
    }
}
