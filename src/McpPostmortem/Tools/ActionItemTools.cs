using System.ComponentModel;
using McpPostmortem.ActionItems;
using McpPostmortem.Model;
using McpPostmortem.Serialization;
using McpPostmortem.Server.Results;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Tools;

/// <summary>Action items: system changes with an owner, a due date, a priority and a class.</summary>
[McpServerToolType]
public sealed class ActionItemTools(Workspace workspace)
{
    [McpServerTool(Name = "add_action_item", UseStructuredContent = true)]
    [Description("Add one action item. Start with a verb, name one system change and its done state " +
        "('Alert on config-load failures per PoP'). Give an owner (a team or role is fine) and a due date; " +
        "without them use status candidate. Never aim an item at a person ('be more careful', 'Educate the " +
        "team', 'Talk to Bob', 'Make sure engineers test'): write the guardrail or tool that makes the slip hard " +
        "instead. The reply's notices list the item's quality findings (person-aimed, vague, no done state, not " +
        "verb first, due before the incident); fix them with update_action_item. Ids (ai-N) are never reused.")]
    public ChangeResult AddActionItem(
        [Description("Postmortem id.")] string id,
        [Description("Verb first, one change, a clear done state.")] string action,
        [Description("Owner: a team or role is fine. Required unless status is candidate.")] string owner = "",
        [Description("Due date YYYY-MM-DD. Required unless status is candidate.")] string due_date = "",
        [Description("P0 now (blocks closing), P1 within 2 weeks, P2 within the quarter, P3 nice to have.")]
        Priority priority = Priority.P2,
        [Description("investigate, mitigate, repair, detect or prevent.")]
        ActionItemClass @class = ActionItemClass.Prevent,
        [Description("open, in_progress, done, not_doing, or candidate for an unagreed proposal.")]
        ActionItemStatus status = ActionItemStatus.Open,
        [Description("Link to the tracking ticket, or empty.")] string tracking_link = "")
    {
        var input = new NewActionItem
        {
            Action = action,
            Owner = owner,
            DueDate = due_date,
            Priority = priority,
            Class = @class,
            Status = status,
            TrackingLink = tracking_link,
        };
        ActionItem? added = null;
        var saved = workspace.Change(id, "action item", p =>
        {
            (var changed, added) = ActionItemEditor.Add(p, input);
            return changed;
        });
        return Workspace.Result(saved, $"Added action item {added!.Id}.", [added.Id], Findings(saved, added));
    }

    [McpServerTool(Name = "update_action_item", UseStructuredContent = true, Idempotent = true)]
    [Description("Change an action item by its id (ai-N): for example set its status to done, give a " +
        "candidate an owner and due date, or add the tracking link. Empty arguments keep their value; to empty " +
        "an optional field (a wrong tracking link, or the owner or due date of a candidate), name it in 'clear'. " +
        "The reply's notices list the item's quality findings after the change.")]
    public ChangeResult UpdateActionItem(
        [Description("Postmortem id.")] string id,
        [Description("The item id, such as 'ai-2'.")] string item_id,
        [Description("New action text, or empty.")] string action = "",
        [Description("New owner, or empty.")] string owner = "",
        [Description("New due date YYYY-MM-DD, or empty.")] string due_date = "",
        [Description("New priority P0-P3, or empty.")] string priority = "",
        [Description("New class (investigate, mitigate, repair, detect, prevent), or empty.")] string @class = "",
        [Description("New status (candidate, open, in_progress, done, not_doing), or empty.")] string status = "",
        [Description("New tracking link, or empty.")] string tracking_link = "",
        [Description("Fields to empty: any of 'owner', 'due_date', 'tracking_link'. Owner and due date can only " +
            "be emptied on a candidate or not_doing item. Do not also give a new value for a field you clear.")]
        IReadOnlyList<string>? clear = null)
    {
        var changes = new ActionItemChanges(action, owner, due_date, priority, @class, status, tracking_link)
        {
            Clear = clear ?? [],
        };
        ActionItem? changed = null;
        var saved = workspace.Change(id, $"action item {item_id}", p =>
        {
            (var updated, changed) = ActionItemEditor.Update(p, item_id, changes);
            return updated;
        });
        return Workspace.Result(saved, $"Action item {item_id} updated.", [item_id], Findings(saved, changed!));
    }

    [McpServerTool(Name = "remove_action_item", UseStructuredContent = true, Destructive = true)]
    [Description("Remove an action item by its id (ai-N).")]
    public ChangeResult RemoveActionItem(
        [Description("Postmortem id.")] string id,
        [Description("The item id, such as 'ai-2'.")] string item_id)
    {
        var saved = workspace.Change(id, $"remove {item_id}", p => ActionItemEditor.Remove(p, item_id));
        return Workspace.Result(saved, $"Action item {item_id} removed; its id is not given to another item.");
    }

    // The findings of the item just written, so the agent sees them without a separate lint call.
    private static List<string> Findings(Postmortem saved, ActionItem item) =>
        ActionItemFindings.CheckItem(saved, item, Workspace.Today())
            .Select(f => $"{item.Id} {EnumNames.Of(f.Severity)} {f.Category}" +
                (f.Excerpt.Length > 0 ? $" ('{f.Excerpt}')" : "") + $": {f.Message} {f.Suggestion}")
            .ToList();
}
