using System.ComponentModel;
using McpPostmortem.Analysis;
using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Server.Results;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Tools;

/// <summary>Looking across incidents: related postmortems and figures over the whole folder.</summary>
[McpServerToolType]
public sealed class AnalysisTools(Workspace workspace)
{
    [McpServerTool(Name = "find_related_postmortems", ReadOnly = true, UseStructuredContent = true)]
    [Description("Find earlier or later postmortems related to one incident: ranked by shared contributing-" +
        "factor categories, named services and components, and distinctive terms, each with the reason. Use it " +
        "to fill the Related incidents section (add_related_incident) and to spot recurring weaknesses.")]
    public RelatedPostmortemsResult FindRelatedPostmortems(
        [Description("Postmortem id.")] string id,
        [Description("How many to return, 1 to 50.")] int limit = 5)
    {
        if (limit is < 1 or > 50)
        {
            throw new PostmortemException($"'limit' must be between 1 and 50; got {limit}.");
        }

        var target = workspace.Store.Load(id);
        var scan = workspace.Store.Scan();
        return new RelatedPostmortemsResult
        {
            Id = id,
            Compared = scan.Postmortems.Count(p => p.Id != id),
            Related = RelatedPostmortems.Find(target, scan.Postmortems, limit),
            Notices = scan.Skipped,
        };
    }

    [McpServerTool(Name = "postmortem_stats", ReadOnly = true, UseStructuredContent = true)]
    [Description("Figures across all stored postmortems (optionally those with an incident date in a range): " +
        "counts by severity; median and p90 of time to detect, acknowledge, mitigate and resolve (with formulas " +
        "and how many postmortems lacked the milestones); the most recurring contributing-factor categories; " +
        "open (agreed, not done) and overdue action items by owner, with candidates counted apart. Files of the " +
        "folder that could not be read are listed in notices, not counted.")]
    public PostmortemStatistics PostmortemStats(
        [Description("Only incidents on or after this date, YYYY-MM-DD; empty for no lower bound.")] string since = "",
        [Description("Only incidents on or before this date, YYYY-MM-DD; empty for no upper bound.")] string until = "",
        [Description("How many factor categories to list, 1 to 100.")] int top_categories = 10)
    {
        if (top_categories is < 1 or > 100)
        {
            throw new PostmortemException($"'top_categories' must be between 1 and 100; got {top_categories}.");
        }

        var from = Input.OptionalDate(since, "since");
        var to = Input.OptionalDate(until, "until");
        if (from > to)
        {
            throw new PostmortemException(
                $"'since' ({since.Trim()}) is after 'until' ({until.Trim()}), so no incident can match; swap them.");
        }

        var scan = workspace.Store.Scan();
        var selected = scan.Postmortems
            .Where(p => (from is null || p.IncidentDate >= from) && (to is null || p.IncidentDate <= to))
            .ToList();
        return Analysis.PostmortemStats.Compute(selected, Workspace.Today(), top_categories) with
        {
            Notices = scan.Skipped,
        };
    }
}
