using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Reliability;

/// <summary>One raw server process with one stored postmortem, shared by the hostile-input tests.</summary>
public sealed class RawServerFixture : IAsyncLifetime
{
    private readonly ScratchFolder _folder = new();

    public ServerProcess Server { get; private set; } = null!;

    public string Folder => _folder.Path;

    public string Id { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Server = ServerProcess.Start(_folder.Path);
        await Server.InitializeAsync();
        var created = await Server.CallToolAsync("create_postmortem", new JsonObject
        {
            ["title"] = "Hostile input target",
            ["incident_date"] = "2025-07-09",
            ["severity"] = "SEV3",
        });
        Id = created["structuredContent"]!["id"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _folder.Dispose();
    }
}
