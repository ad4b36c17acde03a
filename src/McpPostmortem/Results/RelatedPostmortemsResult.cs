using McpPostmortem.Analysis;

namespace McpPostmortem.Server.Results;

/// <summary>The postmortems related to one incident, best match first, each with the reason.</summary>
public sealed record RelatedPostmortemsResult
{
    public required string Id { get; init; }

    /// <summary>How many other postmortems were compared.</summary>
    public required int Compared { get; init; }

    public required IReadOnlyList<RelatedPostmortem> Related { get; init; }
}
