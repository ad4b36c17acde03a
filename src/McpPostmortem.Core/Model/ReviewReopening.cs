namespace McpPostmortem.Model;

/// <summary>
/// An approved or published postmortem that an edit sent back to review: from which status, at
/// which saved revision, and why. Kept so the reason survives the tool call that caused it.
/// </summary>
public sealed record ReviewReopening
{
    public required ReviewStatus From { get; init; }

    /// <summary>The revision saved with the edit that reopened the review.</summary>
    public required long Revision { get; init; }

    public required string Reason { get; init; }
}
