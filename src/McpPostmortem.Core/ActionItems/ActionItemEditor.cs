using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Serialization;

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

        var (id, numbered) = ItemIds.Next(postmortem, "ai", postmortem.ActionItems.Select(a => a.Id));
        var item = Validate(new ActionItem
        {
            Id = id,
            Action = Input.Text(input.Action, "action", Limits.MaxTextLength, required: true),
            Owner = Input.Text(input.Owner, "owner", Limits.MaxLineLength),
            DueDate = Input.OptionalDate(input.DueDate, "due_date"),
            Priority = input.Priority,
            Class = input.Class,
            Status = input.Status,
            TrackingLink = Input.Link(input.TrackingLink, "tracking_link"),
        });
        return (numbered with { ActionItems = [.. postmortem.ActionItems, item] }, item);
    }

    /// <summary>Changes an item; empty arguments keep the current value, fields named in Clear are emptied.</summary>
    public static (Postmortem Postmortem, ActionItem Item) Update(
        Postmortem postmortem,
        string itemId,
        ActionItemChanges changes)
    {
        var index = IndexOf(postmortem, itemId);
        var item = postmortem.ActionItems[index];
        var clear = ClearedFields(changes);
        var changed = Validate(item with
        {
            Action = Keep(changes.Action, item.Action, v => Input.Text(v, "action", Limits.MaxTextLength)),
            Owner = clear.Contains("owner")
                ? ""
                : Keep(changes.Owner, item.Owner, v => Input.Text(v, "owner", Limits.MaxLineLength)),
            DueDate = clear.Contains("due_date")
                ? null
                : string.IsNullOrWhiteSpace(changes.DueDate) ? item.DueDate : Input.Date(changes.DueDate, "due_date"),
            Priority = Keep(changes.Priority, item.Priority, v => Input.Enum<Priority>(v, "priority")),
            Class = Keep(changes.Class, item.Class, v => Input.Enum<ActionItemClass>(v, "class")),
            Status = Keep(changes.Status, item.Status, v => Input.Enum<ActionItemStatus>(v, "status")),
            TrackingLink = clear.Contains("tracking_link")
                ? ""
                : Keep(changes.TrackingLink, item.TrackingLink, v => Input.Link(v, "tracking_link")),
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
            var settle = item.Owner.Length == 0 ? "If nobody owns it yet" : "If the due date is not agreed yet";
            throw new PostmortemException(
                $"An action item with status '{EnumNames.Of(item.Status)}' needs {string.Join(" and ", missing)}. " +
                $"{settle}, add or keep it with status 'candidate' and settle it in the review.");
        }

        return item;
    }

    // A field is either set or cleared in one call; naming both is a mistake worth refusing.
    private static HashSet<string> ClearedFields(ActionItemChanges changes)
    {
        var clear = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in changes.Clear)
        {
            var name = (raw ?? "").Trim().ToLowerInvariant();
            if (!ActionItemChanges.Clearable.Contains(name))
            {
                throw new PostmortemException(
                    $"'clear' names '{raw}'; only {string.Join(", ", ActionItemChanges.Clearable)} can be cleared.");
            }

            var value = name switch
            {
                "owner" => changes.Owner,
                "due_date" => changes.DueDate,
                _ => changes.TrackingLink,
            };
            if (!string.IsNullOrWhiteSpace(value))
            {
                throw new PostmortemException(
                    $"'{name}' is both given ('{value}') and listed in 'clear'; send one or the other.");
            }

            clear.Add(name);
        }

        return clear;
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
