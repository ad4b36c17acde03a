using System.Globalization;
using System.Text.Json;
using McpPostmortem.Model;
using McpPostmortem.Serialization;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Timeline;

/// <summary>One incident of ../shared/scenarios: its header, raw notes and expected timeline and metrics.</summary>
public sealed record IncidentScenario(
    string Name,
    string Title,
    DateOnly IncidentDate,
    string TimeZone,
    string Notes,
    IReadOnlyList<IncidentScenario.ExpectedEvent> Timeline,
    IReadOnlyDictionary<string, double?> Metrics)
{
    public static IReadOnlyList<string> Names { get; } =
        ["db-failover-lost-writes", "edge-config-push", "expired-mtls-certificate"];

    public static IncidentScenario Load(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedFiles.PathOf("scenarios", name + ".json")));
        var root = document.RootElement;
        var expected = root.GetProperty("expected");
        var timeline = expected.GetProperty("timeline").EnumerateArray().Select(e => new ExpectedEvent(
            DateTimeOffset.Parse(e.GetProperty("time").GetString()!, CultureInfo.InvariantCulture),
            e.GetProperty("description").GetString()!,
            EnumNames.Parse<EventKind>(e.GetProperty("kind").GetString()) ?? throw new InvalidDataException("kind")))
            .ToList();
        var metrics = expected.GetProperty("metrics").EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.Null ? (double?)null : p.Value.GetDouble());
        return new IncidentScenario(
            name,
            root.GetProperty("title").GetString()!,
            DateOnly.ParseExact(
                root.GetProperty("incident_date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            root.GetProperty("timezone").GetString()!,
            root.GetProperty("notes").GetString()!,
            timeline,
            metrics);
    }

    public Postmortem NewPostmortem() => new()
    {
        Id = Name,
        Title = Title,
        IncidentDate = IncidentDate,
        TimeZone = TimeZone,
    };

    /// <summary>One expected timeline row.</summary>
    public sealed record ExpectedEvent(DateTimeOffset Time, string Description, EventKind Kind);
}
