using McpPostmortem.Model;
using McpPostmortem.Timeline;

namespace McpPostmortem.Server.Results;

/// <summary>A stored postmortem with what the server computes from it.</summary>
public sealed record PostmortemView
{
    /// <summary>The postmortem, its timeline cut to <see cref="Timeline"/>'s window.</summary>
    public required Postmortem Postmortem { get; init; }

    /// <summary>Which events of the timeline the read returned.</summary>
    public required TimelineWindow Timeline { get; init; }

    /// <summary>Time to detect, acknowledge, mitigate, resolve and impact duration, with formulas.</summary>
    public required IReadOnlyList<Metric> Metrics { get; init; }

    /// <summary>The sections still empty, in layout order: what to fill in next.</summary>
    public required IReadOnlyList<string> EmptySections { get; init; }
}
