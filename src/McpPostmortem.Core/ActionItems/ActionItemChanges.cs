namespace McpPostmortem.ActionItems;

/// <summary>
/// Changes to an action item: an empty field keeps the current value, and the fields named in
/// <see cref="Clear"/> are emptied (owner, due_date, tracking_link).
/// </summary>
public sealed record ActionItemChanges(
    string Action = "",
    string Owner = "",
    string DueDate = "",
    string Priority = "",
    string Class = "",
    string Status = "",
    string TrackingLink = "")
{
    /// <summary>The optional fields that can be emptied, by their argument names.</summary>
    public static readonly IReadOnlyList<string> Clearable = ["owner", "due_date", "tracking_link"];

    /// <summary>Argument names of the fields to empty.</summary>
    public IReadOnlyList<string> Clear { get; init; } = [];
}
