namespace McpPostmortem.Timeline;

/// <summary>
/// A date written before a time in a pasted line: where it starts, the date (or only a weekday),
/// and whether it is glued to the time by an ISO 'T'.
/// </summary>
public sealed record WrittenDate(int Start, DateOnly? Date, DayOfWeek? Weekday, bool Glued);
