using System.Globalization;

namespace McpPostmortem.Timeline;

/// <summary>
/// A time as written, split into its parts but not yet placed on a day: the optional date, the
/// wall-clock time, and the zone it was written in (an IANA zone, a fixed offset, or neither, which
/// means the incident's zone). A time without a date is placed by the timeline's day rules.
/// <see cref="Abbreviation"/> is the abbreviation the fixed offset came from, if any.
/// </summary>
public sealed record WrittenTime(
    string Original,
    DateOnly? Date,
    TimeOnly WallClock,
    TimeZoneInfo? Zone,
    TimeSpan? FixedOffset,
    ZoneAbbreviation? Abbreviation = null)
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
        return new ParsedTime(instant, Original, instant.Offset, IsDateless, SeasonNotice(instant, incidentZone, argument));
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

    /// <summary>
    /// A written abbreviation is taken literally, but one that was not in effect on that date in its
    /// own zone (EST in October, when New York is on EDT) is most often a habit, not a statement:
    /// the reader is told, with the in-season spelling. Silent when the incident's zone itself is on
    /// that offset, as Arizona is on MST all year.
    /// </summary>
    private string SeasonNotice(DateTimeOffset instant, TimeZoneInfo incidentZone, string argument)
    {
        if (Abbreviation is not { SeasonalZone.Length: > 0, Offset: { } written } abbreviation
            || incidentZone.GetUtcOffset(instant) == written
            || !TimeZoneInfo.TryFindSystemTimeZoneById(abbreviation.SeasonalZone, out var home))
        {
            return "";
        }

        var inEffect = home.GetUtcOffset(instant);
        if (inEffect == written)
        {
            return "";
        }

        var local = TimeZoneInfo.ConvertTime(instant, incidentZone);
        var clock = Original.EndsWith(abbreviation.Name, StringComparison.OrdinalIgnoreCase)
            ? Original[..^abbreviation.Name.Length].TrimEnd()
            : Original;
        var day = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var instead = ZoneAbbreviations.InSeason(home.Id, inEffect) is { } season
            ? $"'{clock} {season.Name}' or '{clock} {home.Id}'"
            : $"'{clock} {home.Id}'";
        return $"{argument}: '{Original}' was read as written, at {EventTimeParser.Offset(written)} " +
            $"({local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} in {incidentZone.Id}), but " +
            $"{abbreviation.Name} was not in effect on {day}: {home.Id} was on " +
            $"{EventTimeParser.Offset(inEffect)}. If the clock showed {clock} local time there, write {instead}.";
    }
}
