namespace McpPostmortem.Timeline;

/// <summary>
/// A duration found in prose ("about 2 hours"), with the range of minutes it allows and where it is
/// in the text.
/// </summary>
public sealed record WrittenDuration(
    string Text,
    int Start,
    double Minutes,
    double LowestMinutes,
    double HighestMinutes)
{
    /// <summary>True when a measured duration fits what the author wrote.</summary>
    public bool Allows(double minutes) => minutes >= LowestMinutes && minutes <= HighestMinutes;
}
