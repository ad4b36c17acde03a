using System.ComponentModel;
using McpPostmortem.Export;
using McpPostmortem.Serialization;
using McpPostmortem.Server.Results;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Tools;

/// <summary>Exporting action items for a team's tracker; the server holds no tracker credentials.</summary>
[McpServerToolType]
public sealed class ExportTools(Workspace workspace, ILogger<ExportTools> logger)
{
    [McpServerTool(Name = "export_action_items", UseStructuredContent = true, Idempotent = true)]
    [Description("Export the action items for the team's tracker and write the file beside the postmortem. " +
        "github: a JSON array of issue drafts {title, body, labels} (body with context and a link back to the " +
        "postmortem when postmortem_link is given; labels postmortem, priority:PN, class:X) to pass to the GitHub " +
        "MCP server's create_issue or to `gh issue create`. jira_csv: a CSV for Jira's CSV importer, with cells " +
        "that could run as spreadsheet formulas neutralised. markdown: a task list. Items already done " +
        "or dropped, candidates, and items that already have a tracking link, are left out unless asked. The result says how " +
        "to import the file; after creating tickets, set each item's tracking_link with update_action_item.")]
    public ExportResult ExportActionItems(
        [Description("Postmortem id.")] string id,
        [Description("github, jira_csv or markdown.")] ExportFormat format,
        [Description("URL where the published postmortem can be read (wiki page, repository file), for the link " +
            "back in each ticket. Without it, GitHub and Jira tickets name the postmortem id and its file <id>.md " +
            "instead of a link (a relative link would be broken in a tracker) and the result carries a notice; " +
            "the Markdown checklist, written beside <id>.md, links to it relatively.")] string postmortem_link = "",
        [Description("Also export items whose status is done or not_doing.")] bool include_closed = false,
        [Description("Also export items that already have a tracking link.")] bool include_tracked = false,
        [Description("Also export candidate items (proposals not yet agreed in the review).")]
        bool include_candidates = false)
    {
        var postmortem = workspace.LoadToWrite(id);
        var options = new ExportOptions
        {
            PostmortemLink = Editing.Input.Link(postmortem_link, "postmortem_link"),
            IncludeClosed = include_closed,
            IncludeTracked = include_tracked,
            IncludeCandidates = include_candidates,
        };
        var export = ActionItemExport.Export(postmortem, format, options);
        var path = workspace.Store.WriteOutput(id, export.Extension, export.Text);
        logger.LogInformation("Exported {Count} action items of {Id} as {Format} to {Path}",
            export.ItemIds.Count, id, EnumNames.Of(format), path);
        return new ExportResult
        {
            Id = id,
            Format = format,
            Path = path,
            ItemIds = export.ItemIds,
            Skipped = export.Skipped,
            Usage = export.Usage,
            Content = export.Text,
            Notices = export.Notices,
        };
    }
}
