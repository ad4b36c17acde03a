namespace McpPostmortem.Analysis;

/// <summary>Open and overdue action items of one owner across postmortems.</summary>
public sealed record OwnerActionItems
{
    /// <summary>The owner as written (a team or role), or "(unassigned)".</summary>
    public required string Owner { get; init; }

    /// <summary>Agreed items not done and not dropped (open, in progress).</summary>
    public required int Open { get; init; }

    /// <summary>Candidates: proposals not yet agreed, so not counted as open.</summary>
    public required int Candidates { get; init; }

    /// <summary>Open or in-progress items whose due date has passed.</summary>
    public required int Overdue { get; init; }

    /// <summary>The overdue items as "postmortem-id#ai-N", oldest due date first, at most 20.</summary>
    public required IReadOnlyList<string> OverdueItems { get; init; }
}
