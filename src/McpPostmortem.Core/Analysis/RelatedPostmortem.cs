namespace McpPostmortem.Analysis;

/// <summary>A postmortem that shares causes, services or vocabulary with another, with the reason.</summary>
public sealed record RelatedPostmortem
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required DateOnly IncidentDate { get; init; }

    /// <summary>Higher is closer; shared rare terms weigh more than shared common ones.</summary>
    public required double Score { get; init; }

    /// <summary>One sentence naming what is shared.</summary>
    public required string Reason { get; init; }

    public required IReadOnlyList<string> SharedCategories { get; init; }

    public required IReadOnlyList<string> SharedServices { get; init; }

    public required IReadOnlyList<string> SharedTerms { get; init; }
}
