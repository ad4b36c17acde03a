using System.Globalization;
using System.Text.Json;
using McpPostmortem.Model;
using McpPostmortem.Serialization;

namespace McpPostmortem.Tests.TestSupport;

/// <summary>Builds postmortems from the expected results of the shared scenarios.</summary>
public static class Scenarios
{
    public static readonly string[] Names =
        ["edge-config-push", "expired-mtls-certificate", "db-failover-lost-writes"];

    public static JsonElement Read(string name) =>
        JsonDocument.Parse(File.ReadAllText(SharedFiles.PathOf("scenarios", name + ".json"))).RootElement;

    /// <summary>The scenario's expected timeline, factors and action items as a postmortem.</summary>
    public static Postmortem Postmortem(string name)
    {
        var root = Read(name);
        var expected = root.GetProperty("expected");
        var date = DateOnly.ParseExact(root.GetProperty("incident_date").GetString()!, "yyyy-MM-dd",
            CultureInfo.InvariantCulture);
        return new Postmortem
        {
            Id = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + name,
            Title = root.GetProperty("title").GetString()!,
            IncidentDate = date,
            TimeZone = root.GetProperty("timezone").GetString()!,
            Severity = EnumNames.Parse<Severity>(root.GetProperty("severity").GetString()) ?? Severity.Sev3,
            Timeline = expected.GetProperty("timeline").EnumerateArray().Select((e, i) => new TimelineEvent
            {
                Id = $"ev-{i + 1}",
                Time = DateTimeOffset.Parse(e.GetProperty("time").GetString()!, CultureInfo.InvariantCulture),
                Description = e.GetProperty("description").GetString()!,
                Kind = EnumNames.Parse<EventKind>(e.GetProperty("kind").GetString()) ?? EventKind.Note,
            }).ToList(),
            ContributingFactors = expected.GetProperty("contributing_factors").EnumerateArray()
                .Select((f, i) => new ContributingFactor
                {
                    Id = $"cf-{i + 1}",
                    Title = f.GetString()!,
                    Points = [f.GetString()!],
                }).ToList(),
            ActionItems = ActionItems(expected),
        };
    }

    private static List<ActionItem> ActionItems(JsonElement expected) =>
        expected.GetProperty("action_items").EnumerateArray().Select((a, i) => new ActionItem
        {
            Id = $"ai-{i + 1}",
            Action = a.GetProperty("action").GetString()!,
            Owner = a.GetProperty("owner_role").GetString()!,
            DueDate = DateOnly.ParseExact(a.GetProperty("due_date").GetString()!, "yyyy-MM-dd",
                CultureInfo.InvariantCulture),
            Priority = EnumNames.Parse<Priority>(a.GetProperty("priority").GetString()) ?? Priority.P2,
            Class = EnumNames.Parse<ActionItemClass>(a.GetProperty("class").GetString()) ?? ActionItemClass.Prevent,
        }).ToList();
}
