namespace McpPostmortem.Analysis;

/// <summary>
/// The distribution of one incident metric across postmortems: median and 90th percentile in
/// minutes, over the postmortems whose timeline has both milestones.
/// </summary>
public sealed record MetricSummary
{
    /// <summary>The metric key, such as "time_to_detect".</summary>
    public required string Key { get; init; }

    public required string Name { get; init; }

    /// <summary>The formula each value was computed by, such as "detected - started".</summary>
    public required string Formula { get; init; }

    /// <summary>Postmortems that had both milestones.</summary>
    public required int Count { get; init; }

    /// <summary>Postmortems left out because a milestone is missing.</summary>
    public required int Missing { get; init; }

    public double? MedianMinutes { get; init; }

    public double? P90Minutes { get; init; }

    /// <summary>The median for people ("25 min"), or "n/a" with no data.</summary>
    public required string Median { get; init; }

    public required string P90 { get; init; }
}
