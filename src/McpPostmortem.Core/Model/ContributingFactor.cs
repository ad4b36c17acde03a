namespace McpPostmortem.Model;

/// <summary>A condition that made the incident possible or worse, with the points that support it.</summary>
public sealed record ContributingFactor
{
    /// <summary>Stable id within the postmortem, such as "cf-2".</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>A short area such as testing, monitoring, review, deployment, capacity.</summary>
    public string Category { get; init => field = value ?? ""; } = "";

    public IReadOnlyList<string> Points { get; init => field = value ?? []; } = [];
}
