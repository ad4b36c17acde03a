using McpPostmortem.Storage;

namespace McpPostmortem.Server.Results;

/// <summary>The stored postmortems, newest incident first.</summary>
public sealed record PostmortemList(IReadOnlyList<PostmortemSummary> Postmortems)
{
    /// <summary>Files named like postmortems that could not be read, each with the reason.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
