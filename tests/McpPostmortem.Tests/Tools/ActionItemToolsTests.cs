using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Tools;

/// <summary>add_action_item and update_action_item through a real client: findings in the reply, clearing fields.</summary>
public sealed class ActionItemToolsTests
{
    [Fact]
    public async Task AddActionItem_PersonAimedItem_ReplyNoticesCarryTheFinding()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = await CreateAsync(server);

        var added = await server.Client.CallOkAsync("add_action_item", new()
        {
            ["id"] = id, ["action"] = "Talk to Bob about the deploy", ["owner"] = "API team", ["due_date"] = "2025-08-01",
        });

        var notices = added["notices"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains(notices, n => n.StartsWith("ai-1 error person-aimed ('Talk to Bob')", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdateActionItem_ClearTrackingLink_Emptied()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = await CreateAsync(server);
        await server.Client.CallOkAsync("add_action_item", new()
        {
            ["id"] = id, ["action"] = "Add a 30-day expiry alert to every certificate", ["owner"] = "SRE",
            ["due_date"] = "2025-08-01", ["tracking_link"] = "https://x.example/1",
        });

        await server.Client.CallOkAsync("update_action_item", new()
        {
            ["id"] = id, ["item_id"] = "ai-1", ["clear"] = new JsonArray("tracking_link"),
        });
        var read = await server.Client.CallOkAsync("get_postmortem", new() { ["id"] = id });

        Assert.Equal("", read["postmortem"]!["action_items"]![0]!["tracking_link"]!.GetValue<string>());
    }

    [Fact]
    public async Task RemoveThenAdd_IdOfRemovedItemNotReused()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = await CreateAsync(server);
        foreach (var action in new[] { "Add A", "Add B" })
        {
            await server.Client.CallOkAsync("add_action_item", new() { ["id"] = id, ["action"] = action, ["status"] = "candidate" });
        }

        await server.Client.CallOkAsync("remove_action_item", new() { ["id"] = id, ["item_id"] = "ai-2" });
        var added = await server.Client.CallOkAsync("add_action_item",
            new() { ["id"] = id, ["action"] = "Add C", ["status"] = "candidate" });

        Assert.Equal("ai-3", added["item_ids"]![0]!.GetValue<string>());
    }

    private static async Task<string> CreateAsync(InProcessServer server)
    {
        var created = await server.Client.CallOkAsync("create_postmortem",
            new() { ["title"] = "API outage", ["incident_date"] = "2025-07-09", ["severity"] = "SEV3" });
        return created["id"]!.GetValue<string>();
    }
}
