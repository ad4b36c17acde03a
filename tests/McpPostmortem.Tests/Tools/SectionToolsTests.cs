using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Tools;

/// <summary>The section tools through a real MCP client, the way a language model calls them.</summary>
public sealed class SectionToolsTests
{
    [Fact]
    public async Task SetHeader_AuthorWithoutRole_IsStoredWithEmptyRole()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = await server.Client.CreateAsync();

        await server.Client.CallOkAsync("set_header", new JsonObject
        {
            ["id"] = id,
            ["authors"] = new JsonArray(new JsonObject { ["name"] = "Ana" }),
        });

        var author = Assert.Single((await server.Client.GetAsync(id))["authors"]!.AsArray());
        Assert.Equal("Ana", author!["name"]!.GetValue<string>());
        Assert.Equal("", author["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddToAppendix_GraphWithoutUrl_IsStoredWithEmptyUrl()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var id = await server.Client.CreateAsync();

        await server.Client.CallOkAsync("add_to_appendix", new JsonObject
        {
            ["id"] = id,
            ["graphs"] = new JsonArray(new JsonObject { ["title"] = "Checkout 5xx rate" }),
        });

        var graph = Assert.Single((await server.Client.GetAsync(id))["appendix"]!["graphs"]!.AsArray());
        Assert.Equal("", graph!["url"]!.GetValue<string>());
    }
}
