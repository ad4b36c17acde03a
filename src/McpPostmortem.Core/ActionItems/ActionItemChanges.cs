namespace McpPostmortem.ActionItems;

/// <summary>Changes to an action item; an empty field keeps the current value.</summary>
public sealed record ActionItemChanges(
    string Action = "",
    string Owner = "",
    string DueDate = "",
    string Priority = "",
    string Class = "",
    string Status = "",
    string TrackingLink = "");
