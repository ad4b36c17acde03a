using McpPostmortem.Model;

namespace McpPostmortem.Export;

/// <summary>
/// Exports action items for a team's tracker without touching it: GitHub issue drafts, a Jira CSV,
/// or a Markdown checklist. Creating the tickets is left to tools that hold the credentials.
/// </summary>
public static class ActionItemExport
{
    /// <summary>Builds the export of <paramref name="postmortem"/>'s action items in one format.</summary>
    public static ExportDocument Export(Postmortem postmortem, ExportFormat format, ExportOptions options)
    {
        var (items, skipped) = Select(postmortem, options);
        var (extension, text, usage) = format switch
        {
            ExportFormat.GitHub => ("issues.json", GitHubIssueExporter.Write(postmortem, items, options),
                GitHubIssueExporter.Usage),
            ExportFormat.JiraCsv => ("jira.csv", JiraCsvExporter.Write(postmortem, items, options),
                JiraCsvExporter.Usage),
            _ => ("actions.md", MarkdownChecklistExporter.Write(postmortem, items, options),
                MarkdownChecklistExporter.Usage),
        };
        return new ExportDocument
        {
            Format = format,
            Extension = extension,
            Text = text,
            ItemIds = items.Select(i => i.Id).ToList(),
            Skipped = skipped,
            Usage = usage,
            Notices = options.PostmortemLink.Length > 0 || format == ExportFormat.Markdown
                ? []
                :
                [
                    "No postmortem_link was given, so each ticket names the postmortem's id and file instead of " +
                    "linking to it (a relative link would lead nowhere from the tracker). Export again with " +
                    "postmortem_link set to the URL where the published postmortem can be read.",
                ],
        };
    }

    private static (List<ActionItem> Items, List<SkippedItem> Skipped) Select(
        Postmortem postmortem,
        ExportOptions options)
    {
        var items = new List<ActionItem>();
        var skipped = new List<SkippedItem>();
        foreach (var item in postmortem.ActionItems)
        {
            if (!options.IncludeClosed && item.Status is ActionItemStatus.Done or ActionItemStatus.NotDoing)
            {
                skipped.Add(new(item.Id, "closed (done or not doing); set include_closed to export it"));
            }
            else if (!options.IncludeCandidates && item.Status == ActionItemStatus.Candidate)
            {
                skipped.Add(new(item.Id, "a candidate not yet agreed; settle it in the review or set include_candidates"));
            }
            else if (!options.IncludeTracked && item.TrackingLink.Length > 0)
            {
                skipped.Add(new(item.Id, $"already tracked at {item.TrackingLink}; set include_tracked to export it"));
            }
            else
            {
                items.Add(item);
            }
        }

        return (items, skipped);
    }
}
