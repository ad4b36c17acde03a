namespace McpPostmortem.Model;

/// <summary>
/// One responder's debrief, kept with the postmortem as evidence: who answered (a role is enough)
/// and each question with the answer in the responder's own words.
/// </summary>
public sealed record DebriefNote
{
    /// <summary>Stable id within the postmortem, such as "db-1".</summary>
    public required string Id { get; init; }

    /// <summary>The responder's role or name as they agreed to be recorded ("on-call SRE").</summary>
    public required string Responder { get; init; }

    public IReadOnlyList<DebriefAnswer> Answers { get; init => field = value ?? []; } = [];
}
