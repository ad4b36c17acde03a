namespace McpPostmortem.Timeline;

/// <summary>
/// A time-zone abbreviation as people write it after a time ("14:32 CEST"). <see cref="Offset"/> is
/// set when the abbreviation names one offset; otherwise <see cref="Readings"/> lists the zones that
/// share it, and a time written with it is refused. <see cref="SeasonalZone"/> is the IANA zone that
/// switches to and from this abbreviation with daylight saving ("America/New_York" for EST and
/// EDT), so a time written with it out of season can be noticed; empty when it holds all year.
/// </summary>
public sealed record ZoneAbbreviation(string Name, TimeSpan? Offset, string Meaning, string SeasonalZone = "")
{
    /// <summary>The zones an ambiguous abbreviation may mean, each with its offset.</summary>
    public IReadOnlyList<ZoneReading> Readings { get; init; } = [];

    /// <summary>True when the abbreviation names exactly one offset.</summary>
    public bool IsUnambiguous => Offset is not null;

    /// <summary>"India Standard Time (+05:30, Asia/Kolkata) and ...", for the refusal message.</summary>
    public string Ambiguity =>
        Join(Readings.Select(r => $"{r.Meaning} ({EventTimeParser.Offset(r.Offset)}, {r.Zone})").ToList());

    private static string Join(List<string> parts) =>
        parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
}
