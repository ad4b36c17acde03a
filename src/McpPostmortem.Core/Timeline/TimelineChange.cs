using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>The outcome of a timeline edit: the new postmortem, the ids touched, and notices to show.</summary>
public sealed record TimelineChange(
    Postmortem Postmortem,
    IReadOnlyList<string> EventIds,
    IReadOnlyList<string> Notices);
