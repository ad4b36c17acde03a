using System.ComponentModel;
using McpPostmortem.Model;

namespace McpPostmortem.ActionItems;

/// <summary>An action item as a caller sends it.</summary>
public sealed record NewActionItem
{
    [Description("Starts with a verb, names one system change and says when it is done: 'Add a canary stage " +
        "that pushes config to 2 PoPs and halts on a 5xx rise'. Never aimed at a person ('be more careful').")]
    public required string Action { get; init; }

    [Description("Who owns it: a team or role is fine ('Observability lead'). Required unless status is candidate.")]
    public string Owner { get; init; } = "";

    [Description("Due date as YYYY-MM-DD. Required unless status is candidate.")]
    public string DueDate { get; init; } = "";

    [Description("P0 do now (blocks closing), P1 within 2 weeks, P2 within the quarter, P3 nice to have.")]
    public Priority Priority { get; init; } = Priority.P2;

    [Description("What it does for the system: investigate, mitigate, repair, detect or prevent.")]
    public ActionItemClass Class { get; init; } = ActionItemClass.Prevent;

    [Description("open, in_progress, done, not_doing, or candidate for a proposal not yet agreed.")]
    public ActionItemStatus Status { get; init; } = ActionItemStatus.Open;

    [Description("Link to the ticket that tracks the work; empty when there is none yet.")]
    public string TrackingLink { get; init; } = "";
}
