namespace McpPostmortem.Timeline;

/// <summary>
/// Where one call's dateless times go: for each, the days after the incident date; the day the block
/// starts on (<see cref="Shift"/> days from the incident date, -1, 0 or 1); and how many
/// milestone-ordering rules the placement breaks (0 when the milestones are in order).
/// </summary>
public sealed record DayPlacement(IReadOnlyList<int> Days, int Shift, int Violations);
