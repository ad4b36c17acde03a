namespace McpPostmortem.Analysis;

/// <summary>Figures across a folder of postmortems: severity, response times, causes, open work.</summary>
public sealed record PostmortemStatistics
{
    public required int Postmortems { get; init; }

    /// <summary>The day overdue items are judged against.</summary>
    public required DateOnly Today { get; init; }

    public required IReadOnlyList<SeverityCount> BySeverity { get; init; }

    /// <summary>Time to detect, acknowledge, mitigate and resolve; median and p90 by linear interpolation.</summary>
    public required IReadOnlyList<MetricSummary> Metrics { get; init; }

    /// <summary>Contributing-factor categories by the number of postmortems they appear in.</summary>
    public required IReadOnlyList<CategoryCount> RecurringCategories { get; init; }

    /// <summary>Owners with open action items or candidates, most overdue first.</summary>
    public required IReadOnlyList<OwnerActionItems> ActionItemsByOwner { get; init; }

    /// <summary>Agreed items not done and not dropped (open, in progress).</summary>
    public required int OpenActionItems { get; init; }

    public required int OverdueActionItems { get; init; }

    /// <summary>Candidates: proposals not yet agreed in a review; neither open nor overdue.</summary>
    public required int CandidateActionItems { get; init; }

    /// <summary>Files of the folder that were skipped, each with the reason; empty when all were read.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
