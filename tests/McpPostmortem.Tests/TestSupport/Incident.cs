using System.Text.Json.Nodes;
using ModelContextProtocol.Client;

namespace McpPostmortem.Server.Tests.TestSupport;

/// <summary>Creates postmortems and reads them back through the tools, as a client would.</summary>
public static class Incident
{
    /// <summary>Creates a postmortem and returns its id.</summary>
    public static async Task<string> CreateAsync(
        this McpClient client,
        string timezone = "UTC",
        string date = "2025-06-03",
        JsonArray? authors = null)
    {
        var arguments = new JsonObject
        {
            ["title"] = $"Test incident {Guid.NewGuid():N}",
            ["incident_date"] = date,
            ["severity"] = "SEV3",
            ["timezone"] = timezone,
        };
        if (authors is not null)
        {
            arguments["authors"] = authors;
        }

        var created = await client.CallOkAsync("create_postmortem", arguments);
        return created["id"]!.GetValue<string>();
    }

    /// <summary>The stored postmortem as get_postmortem returns it.</summary>
    public static async Task<JsonNode> GetAsync(this McpClient client, string id)
    {
        var view = await client.CallOkAsync("get_postmortem", new JsonObject { ["id"] = id });
        return view["postmortem"]!;
    }

    /// <summary>Adds one batch of events and returns the structured result.</summary>
    public static Task<JsonNode> AddEventsAsync(this McpClient client, string id, params JsonObject[] events) =>
        client.CallOkAsync("add_timeline_events", new JsonObject { ["id"] = id, ["events"] = new JsonArray(events) });

    /// <summary>An event argument: time, description and optionally kind.</summary>
    public static JsonObject Event(string time, string description, string? kind = null)
    {
        var e = new JsonObject { ["time"] = time, ["description"] = description };
        if (kind is not null)
        {
            e["kind"] = kind;
        }

        return e;
    }
}
