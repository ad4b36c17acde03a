namespace McpPostmortem.Model;

/// <summary>A monitoring graph or dashboard snapshot kept in the appendix.</summary>
public sealed record Graph
{
    public required string Title { get; init; }

    public string Url { get; init; } = "";
}
