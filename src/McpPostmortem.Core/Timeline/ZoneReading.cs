namespace McpPostmortem.Timeline;

/// <summary>One zone an ambiguous abbreviation may stand for: "India Standard Time", +05:30, Asia/Kolkata.</summary>
public sealed record ZoneReading(string Meaning, TimeSpan Offset, string Zone);
