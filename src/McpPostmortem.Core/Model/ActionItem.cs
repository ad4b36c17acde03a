using System.Text.Json.Serialization;

namespace McpPostmortem.Model;

/// <summary>A system change that follows from the incident, with an owner and a due date.</summary>
public sealed record ActionItem
{
    /// <summary>Stable id within the postmortem, such as "ai-4".</summary>
    public required string Id { get; init; }

    /// <summary>Starts with a verb and says when it is done.</summary>
    public required string Action { get; init; }

    /// <summary>A team or role is fine ("Observability lead").</summary>
    public string Owner { get; init => field = value ?? ""; } = "";

    public DateOnly? DueDate { get; init; }

    // Its zero is a real value, so a file that leaves it out is refused rather than read as that.
    [JsonRequired]
    public Priority Priority { get; init; } = Priority.P2;

    // Its zero is a real value, so a file that leaves it out is refused rather than read as that.
    [JsonRequired]
    public ActionItemClass Class { get; init; } = ActionItemClass.Prevent;

    public ActionItemStatus Status { get; init; } = ActionItemStatus.Open;

    /// <summary>The ticket that tracks the work.</summary>
    public string TrackingLink { get; init => field = value ?? ""; } = "";
}
