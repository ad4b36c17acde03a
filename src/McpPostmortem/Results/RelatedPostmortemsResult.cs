using McpPostmortem.Analysis;

namespace McpPostmortem.Server.Results;

/// <summary>The postmortems related to one incident, best match first, each with the reason.</summary>
public sealed record RelatedPostmortemsResult
{
    public required string Id { get; init; }

    /// <summary>How many other postmortems were compared.</summary>
    public required int Compared { get; init; }

    public required IReadOnlyList<RelatedPostmortem> Related { get; init; }

    /// <summary>Files of the folder that could not be read and were not compared, each with the reason.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
