namespace McpPostmortem.Timeline;

/// <summary>
/// One way <see cref="DatelessPlacement"/> may place a call's dateless times: the days after the
/// incident date per entry, the day the block starts on, the quiet stretch before it, how long the
/// stored events and the block span together, the ordering rules broken, and whether it pushes the
/// started milestone past another one.
/// </summary>
internal sealed record PlacementCandidate(
    IReadOnlyList<int> Days,
    int Shift,
    TimeSpan Gap,
    TimeSpan Span,
    int Violations,
    bool PushesStarted);
