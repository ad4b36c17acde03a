namespace McpPostmortem.Timeline;

/// <summary>
/// A time read from text: the instant, the offset it was written in, and whether it was a bare
/// wall-clock time (which moves to the next day when a list of bare times passes midnight).
/// </summary>
public sealed record ParsedTime(DateTimeOffset Instant, string Original, TimeSpan Offset, bool IsBare)
{
    public DateTimeOffset Utc => Instant.ToUniversalTime();
}
