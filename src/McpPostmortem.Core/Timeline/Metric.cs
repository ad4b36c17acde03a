namespace McpPostmortem.Timeline;

/// <summary>
/// One incident metric with the formula it was computed by. <see cref="Minutes"/> is null when a
/// milestone is missing; <see cref="Display"/> then says which one, and nothing is guessed.
/// </summary>
public sealed record Metric(string Key, string Name, string Formula, double? Minutes, string Display);
