using System.ComponentModel;
using McpPostmortem.Editing;
using McpPostmortem.Model;
using McpPostmortem.Server.Results;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Tools;

/// <summary>Contributing factors: the conditions that made the incident possible or worse.</summary>
[McpServerToolType]
public sealed class ContributingFactorTools(Workspace workspace)
{
    [McpServerTool(Name = "add_contributing_factor", UseStructuredContent = true)]
    [Description("Add one contributing factor: a condition of the system or process that made the incident " +
        "possible or worse, with a bold-worthy title and supporting points. Good: 'Config pushes had no " +
        "canary stage'. Not a person's mistake: describe the missing guardrail instead.")]
    public ChangeResult AddContributingFactor(
        [Description("Postmortem id.")] string id,
        [Description("One-line title of the condition.")] string title,
        [Description("Supporting points: evidence, why it mattered, what was visible at the time.")]
        IReadOnlyList<string> points,
        [Description("Area such as testing, monitoring, review, deployment, capacity, dependency, process.")]
        string category = "")
    {
        ContributingFactor? added = null;
        var saved = workspace.Change(id, "contributing factor", p =>
        {
            (var changed, added) = ContributingFactorEditor.Add(p, title, category, points);
            return changed;
        });
        return Workspace.Result(saved, $"Added contributing factor {added!.Id}.", [added.Id]);
    }

    [McpServerTool(Name = "update_contributing_factor", UseStructuredContent = true, Idempotent = true)]
    [Description("Change a contributing factor by its id (cf-N). Empty title or category keep theirs; a " +
        "non-empty points list replaces the points.")]
    public ChangeResult UpdateContributingFactor(
        [Description("Postmortem id.")] string id,
        [Description("The factor id, such as 'cf-2'.")] string factor_id,
        [Description("New title, or empty to keep it.")] string title = "",
        [Description("New points, or empty to keep them.")] IReadOnlyList<string>? points = null,
        [Description("New category, or empty to keep it.")] string category = "")
    {
        var saved = workspace.Change(id, $"contributing factor {factor_id}",
            p => ContributingFactorEditor.Update(p, factor_id, title, category, points ?? []));
        return Workspace.Result(saved, $"Contributing factor {factor_id} updated.", [factor_id]);
    }

    [McpServerTool(Name = "remove_contributing_factor", UseStructuredContent = true, Destructive = true)]
    [Description("Remove a contributing factor by its id (cf-N).")]
    public ChangeResult RemoveContributingFactor(
        [Description("Postmortem id.")] string id,
        [Description("The factor id, such as 'cf-2'.")] string factor_id)
    {
        var saved = workspace.Change(id, $"remove {factor_id}", p => ContributingFactorEditor.Remove(p, factor_id));
        return Workspace.Result(saved, $"Contributing factor {factor_id} removed.");
    }
}
