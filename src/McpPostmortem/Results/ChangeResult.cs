namespace McpPostmortem.Server.Results;

/// <summary>What a write tool returns: which postmortem, its new revision, and what to know next.</summary>
public sealed record ChangeResult
{
    public required string Id { get; init; }

    /// <summary>The revision after the change; pass it as expected_revision to guard the next edit.</summary>
    public required long Revision { get; init; }

    public required string Message { get; init; }

    /// <summary>Ids of the items the call added or changed (ev-3, cf-1, ai-2).</summary>
    public IReadOnlyList<string> ItemIds { get; init; } = [];

    /// <summary>Things worth a look that did not stop the change.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
