using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Tools;

/// <summary>The postmortem tools through a real MCP client, the way a language model calls them.</summary>
public sealed class PostmortemToolsTests
{
    [Fact]
    public async Task CreatePostmortem_AuthorWithoutRole_IsStoredWithEmptyRole()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);

        var id = await server.Client.CreateAsync(authors: new JsonArray(new JsonObject { ["name"] = "Ana" }));

        var author = Assert.Single((await server.Client.GetAsync(id))["authors"]!.AsArray());
        Assert.Equal("", author!["role"]!.GetValue<string>());
    }
}
