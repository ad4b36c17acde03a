using McpPostmortem.Model;

namespace McpPostmortem.Analysis;

/// <summary>How many postmortems have one severity.</summary>
public sealed record SeverityCount(Severity Severity, int Count);
