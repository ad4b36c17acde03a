using McpPostmortem.Model;

namespace McpPostmortem.Tests.TestSupport;

/// <summary>Small postmortems for unit tests.</summary>
public static class Samples
{
    public static Postmortem Minimal(string id = "2025-07-09-edge-502s") => new()
    {
        Id = id,
        Title = "Edge 502s",
        IncidentDate = new DateOnly(2025, 7, 9),
        TimeZone = "Europe/Berlin",
        Severity = Severity.Sev1,
    };

    public static TimelineEvent Event(
        string id, string utc, EventKind kind, string description = "Something happened.") =>
        new()
        {
            Id = id,
            Time = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture),
            Kind = kind,
            Description = description,
        };
}
