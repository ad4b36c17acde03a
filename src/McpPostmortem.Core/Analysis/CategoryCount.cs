namespace McpPostmortem.Analysis;

/// <summary>A contributing-factor category and how often it recurs.</summary>
public sealed record CategoryCount(string Category, int Postmortems, int Factors);
