using System.Globalization;
using System.Text.Json.Nodes;

namespace McpPostmortem.Server.Tests.TestSupport;

/// <summary>One incident of ../shared/scenarios with its expected results.</summary>
public sealed record Scenario(string Name, JsonObject Root)
{
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Shared, "scenarios"), "*.json")
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Order(StringComparer.Ordinal);

    public static Scenario Load(string name)
    {
        var path = Path.Combine(Repository.Shared, "scenarios", name + ".json");
        return new(name, JsonNode.Parse(File.ReadAllText(path))!.AsObject());
    }

    public string Title => Root["title"]!.GetValue<string>();

    public string IncidentDate => Root["incident_date"]!.GetValue<string>();

    public string TimeZone => Root["timezone"]!.GetValue<string>();

    public string Severity => Root["severity"]!.GetValue<string>();

    public JsonObject Expected => Root["expected"]!.AsObject();

    public IReadOnlyList<JsonObject> Timeline => Expected["timeline"]!.AsArray().Select(e => e!.AsObject()).ToList();

    public IReadOnlyList<JsonObject> ActionItems =>
        Expected["action_items"]!.AsArray().Select(e => e!.AsObject()).ToList();

    public IReadOnlyList<string> ContributingFactors =>
        Expected["contributing_factors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();

    /// <summary>
    /// An expected UTC time written as a responder would: a bare local time when it falls on the
    /// incident date in the incident's zone, else ISO 8601 with the local offset.
    /// </summary>
    public string AsWritten(string utc)
    {
        var instant = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var date = DateOnly.FromDateTime(local.DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var clock = local.Second == 0 ? local.ToString("HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        return date == IncidentDate ? clock : local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
