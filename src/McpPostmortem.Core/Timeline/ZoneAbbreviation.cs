namespace McpPostmortem.Timeline;

/// <summary>
/// A time-zone abbreviation as people write it after a time ("14:32 CEST"). <see cref="Offset"/> is
/// set when the abbreviation names one offset; otherwise <see cref="Ambiguity"/> says which zones
/// share it, and a time written with it is refused.
/// </summary>
public sealed record ZoneAbbreviation(string Name, TimeSpan? Offset, string Meaning, string Ambiguity = "")
{
    /// <summary>True when the abbreviation names exactly one offset.</summary>
    public bool IsUnambiguous => Offset is not null;
}
