using McpPostmortem.Storage;

namespace McpPostmortem.Server.Results;

/// <summary>The stored postmortems, newest incident first.</summary>
public sealed record PostmortemList(IReadOnlyList<PostmortemSummary> Postmortems);
