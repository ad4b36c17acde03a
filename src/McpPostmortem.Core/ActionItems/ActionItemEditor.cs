using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Model;

namespace McpPostmortem.ActionItems;

/// <summary>
/// Adds, changes and removes action items. An agreed item needs an owner and a due date: the
/// reference's first rule is "no action items without owners".
/// </summary>
public static class ActionItemEditor
{
    public static (Postmortem Postmortem, ActionItem Item) Add(Postmortem postmortem, NewActionItem input)
    {
        if (postmortem.ActionItems.Count >= Limits.MaxListItems)
        {
            throw new PostmortemException($"A postmortem holds at most {Limits.MaxListItems} action items.");
        }

        var item = Validate(new ActionItem
        {
            Id = ItemIds.Next("ai", postmortem.ActionItems.Select(a => a.Id)),
            Action = Input.Text(input.Action, "action", Limits.MaxTextLength, required: true),
            Owner = Input.Text(input.Owner, "owner", Limits.MaxLineLength),
            DueDate = Input.OptionalDate(input.DueDate, "due_date"),
            Priority = input.Priority,
            Class = input.Class,
            Status = input.Status,
            TrackingLink = Input.Link(input.TrackingLink, "tracking_link"),
        });
        return (postmortem with { ActionItems = [.. postmortem.ActionItems, item] }, item);
    }

    /// <summary>Changes an item; empty arguments keep the current value.</summary>
    public static (Postmortem Postmortem, ActionItem Item) Update(
        Postmortem postmortem,
        string itemId,
        ActionItemChanges changes)
    {
        var index = IndexOf(postmortem, itemId);
        var item = postmortem.ActionItems[index];
        var changed = Validate(item with
        {
            Action = Keep(changes.Action, item.Action, v => Input.Text(v, "action", Limits.MaxTextLength)),
            Owner = Keep(changes.Owner, item.Owner, v => Input.Text(v, "owner", Limits.MaxLineLength)),
            DueDate = string.IsNullOrWhiteSpace(changes.DueDate) ? item.DueDate : Input.Date(changes.DueDate, "due_date"),
            Priority = Keep(changes.Priority, item.Priority, v => Input.Enum<Priority>(v, "priority")),
            Class = Keep(changes.Class, item.Class, v => Input.Enum<ActionItemClass>(v, "class")),
            Status = Keep(changes.Status, item.Status, v => Input.Enum<ActionItemStatus>(v, "status")),
            TrackingLink = Keep(changes.TrackingLink, item.TrackingLink, v => Input.Link(v, "tracking_link")),
        });
        var items = postmortem.ActionItems.ToList();
        items[index] = changed;
        return (postmortem with { ActionItems = items }, changed);
    }

    public static Postmortem Remove(Postmortem postmortem, string itemId)
    {
        var index = IndexOf(postmortem, itemId);
        return postmortem with { ActionItems = postmortem.ActionItems.Where((_, i) => i != index).ToList() };
    }

    private static ActionItem Validate(ActionItem item)
    {
        if (item.Status == ActionItemStatus.Candidate)
        {
            return item;
        }

        var missing = new List<string>();
        if (item.Owner.Length == 0)
        {
            missing.Add("'owner' (a team or role is fine)");
        }

        if (item.DueDate is null)
        {
            missing.Add("'due_date' (YYYY-MM-DD)");
        }

        if (missing.Count > 0)
        {
            throw new PostmortemException(
                $"An action item needs {string.Join(" and ", missing)}. If nobody owns it yet, " +
                "add it with status 'candidate' and settle the owner in the review.");
        }

        return item;
    }

    private static T Keep<T>(string? value, T current, Func<string, T> parse) =>
        string.IsNullOrWhiteSpace(value) ? current : parse(value);

    private static int IndexOf(Postmortem postmortem, string itemId)
    {
        for (var i = 0; i < postmortem.ActionItems.Count; i++)
        {
            if (postmortem.ActionItems[i].Id == itemId)
            {
                return i;
            }
        }

        throw new PostmortemException(
            $"No action item has id '{itemId}'. get_postmortem lists them with their ids (ai-1, ai-2, ...).");
    }
}
