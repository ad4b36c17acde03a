namespace McpPostmortem.Review;

/// <summary>One line of the reference's readiness checklist, with whether it holds and why.</summary>
public sealed record ChecklistItem
{
    /// <summary>A stable key such as "timeline_created" or "meeting_held".</summary>
    public required string Key { get; init; }

    /// <summary>The checklist line as the reference words it.</summary>
    public required string Label { get; init; }

    public required bool Passed { get; init; }

    /// <summary>"computed" when read from the document, "recorded" when it comes from record_review.</summary>
    public required string Source { get; init; }

    /// <summary>What was found, and for a failed item what to do.</summary>
    public required string Detail { get; init; }
}
