namespace McpPostmortem.Timeline;

/// <summary>
/// A time read from text: the instant, the offset it was written in, and whether it was a bare
/// wall-clock time (which moves to the next day when a list of bare times passes midnight).
/// <see cref="Notice"/> says when the reading was literal but likely not what was meant, such as an
/// abbreviation out of season ("EST" in July); empty otherwise.
/// </summary>
public sealed record ParsedTime(
    DateTimeOffset Instant,
    string Original,
    TimeSpan Offset,
    bool IsBare,
    string Notice = "")
{
    public DateTimeOffset Utc => Instant.ToUniversalTime();
}
