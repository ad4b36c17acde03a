namespace McpPostmortem.Timeline;

/// <summary>
/// A time as written, split into its parts but not yet placed on a day: the optional date, the
/// wall-clock time, and the zone it was written in (an IANA zone, a fixed offset, or neither, which
/// means the incident's zone). A time without a date is placed by the timeline's day rules.
/// </summary>
public sealed record WrittenTime(
    string Original,
    DateOnly? Date,
    TimeOnly WallClock,
    TimeZoneInfo? Zone,
    TimeSpan? FixedOffset)
{
    /// <summary>True when no date was written, so the day comes from the incident date.</summary>
    public bool IsDateless => Date is null;

    /// <summary>
    /// Places the time on a day (its own date when it has one) in its zone, or in the incident's
    /// zone when it names none. Refuses times a daylight-saving change skips or repeats.
    /// </summary>
    public ParsedTime On(DateOnly day, TimeZoneInfo incidentZone, string argument)
    {
        var local = (Date ?? day).ToDateTime(WallClock);
        var instant = FixedOffset is { } offset
            ? new DateTimeOffset(local, offset)
            : EventTimeParser.InZone(local, Zone ?? incidentZone, Original, argument);
        return new ParsedTime(instant, Original, instant.Offset, IsDateless);
    }

    /// <summary>
    /// Where the time would fall on that day, never refusing: used only to order dateless times
    /// before they are placed for real by <see cref="On"/>.
    /// </summary>
    public DateTimeOffset Approximate(DateOnly day, TimeZoneInfo incidentZone)
    {
        var local = (Date ?? day).ToDateTime(WallClock);
        var offset = FixedOffset ?? (Zone ?? incidentZone).GetUtcOffset(day.ToDateTime(new TimeOnly(12, 0)));
        return new DateTimeOffset(local, offset);
    }
}
