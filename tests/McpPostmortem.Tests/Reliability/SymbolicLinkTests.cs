using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Reliability;

/// <summary>
/// Symbolic links in or as the postmortems folder: the server refuses them with a clear error and
/// reads or writes nothing outside the folder.
/// </summary>
public sealed class SymbolicLinkTests
{
    private const string Secret = "root:x:0:0:root:/root:/bin/bash\n";

    [Theory]
    [InlineData("get_postmortem")]
    [InlineData("add_timeline_events")]
    [InlineData("set_summary")]
    [InlineData("render_postmortem")]
    [InlineData("lint_postmortem")]
    [InlineData("delete_postmortem")]
    public async Task ToolsCall_PostmortemFileIsALinkOutside_RefusesAndLeavesTheTargetAlone(string tool)
    {
        using var folder = new ScratchFolder();
        using var outside = new ScratchFolder();
        var target = outside.File("passwd");
        File.WriteAllText(target, Secret);
        const string id = "2025-07-09-linked";
        File.CreateSymbolicLink(folder.File(id + ".json"), target);
        await using var server = ServerProcess.Start(folder.Path);
        await server.InitializeAsync();

        var result = await server.CallToolAsync(tool, Arguments(tool, id));

        Assert.True(result["isError"]?.GetValue<bool>(), result.ToJsonString());
        Assert.Contains("symbolic link", Text(result), StringComparison.Ordinal);
        Assert.DoesNotContain("root:", result.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(Secret, File.ReadAllText(target));
        Assert.Equal(["passwd"], Directory.GetFileSystemEntries(outside.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task RenderPostmortem_MarkdownFileIsALinkOutside_RefusesAndLeavesTheTargetAlone()
    {
        using var folder = new ScratchFolder();
        using var outside = new ScratchFolder();
        var target = outside.File("notes.md");
        File.WriteAllText(target, Secret);
        await using var server = ServerProcess.Start(folder.Path);
        await server.InitializeAsync();
        var id = await CreateAsync(server);
        File.CreateSymbolicLink(folder.File(id + ".md"), target);

        var result = await server.CallToolAsync("render_postmortem", new JsonObject { ["id"] = id });

        Assert.True(result["isError"]?.GetValue<bool>(), result.ToJsonString());
        Assert.Contains("symbolic link", Text(result), StringComparison.Ordinal);
        Assert.Equal(Secret, File.ReadAllText(target));
    }

    [Fact]
    public async Task AddTimelineEvents_LockFileIsALinkOutside_RefusesAndCreatesNothingOutside()
    {
        using var folder = new ScratchFolder();
        using var outside = new ScratchFolder();
        await using var server = ServerProcess.Start(folder.Path);
        await server.InitializeAsync();
        var id = await CreateAsync(server);
        File.Delete(folder.File($".{id}.lock"));
        File.CreateSymbolicLink(folder.File($".{id}.lock"), outside.File("planted"));
        var before = FolderSnapshot.Take(folder.Path);

        var result = await server.CallToolAsync("add_timeline_events", Arguments("add_timeline_events", id));

        Assert.True(result["isError"]?.GetValue<bool>(), result.ToJsonString());
        Assert.Contains("symbolic link", Text(result), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(outside.Path));
        Assert.Equal(before, FolderSnapshot.Take(folder.Path));
    }

    [Theory]
    [InlineData("list_postmortems")]
    [InlineData("get_postmortem")]
    [InlineData("create_postmortem")]
    [InlineData("set_summary")]
    public async Task ToolsCall_FolderItselfIsALink_RefusesAndTouchesNothingBehindIt(string tool)
    {
        using var parent = new ScratchFolder();
        using var outside = new ScratchFolder();
        const string id = "2025-07-09-elsewhere";
        File.WriteAllText(outside.File(id + ".json"), Secret);
        var link = parent.File("postmortems");
        Directory.CreateSymbolicLink(link, outside.Path);
        var before = FolderSnapshot.Take(outside.Path);
        await using var server = ServerProcess.Start(link);
        await server.InitializeAsync();

        var result = await server.CallToolAsync(tool, Arguments(tool, id));

        Assert.True(result["isError"]?.GetValue<bool>(), result.ToJsonString());
        Assert.Contains("symbolic link", Text(result), StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(outside.Path));
    }

    private static JsonObject Arguments(string tool, string id) => tool switch
    {
        "list_postmortems" => [],
        "create_postmortem" => new JsonObject
        {
            ["title"] = "elsewhere",
            ["incident_date"] = "2025-07-09",
            ["severity"] = "SEV3",
        },
        "add_timeline_events" => new JsonObject
        {
            ["id"] = id,
            ["events"] = new JsonArray(new JsonObject { ["time"] = "14:00", ["description"] = "A step.", ["kind"] = "note" }),
        },
        "set_summary" => new JsonObject { ["id"] = id, ["summary"] = "Overwritten." },
        _ => new JsonObject { ["id"] = id },
    };

    private static async Task<string> CreateAsync(ServerProcess server)
    {
        var created = await server.CallToolAsync("create_postmortem", Arguments("create_postmortem", ""));
        return created["structuredContent"]!["id"]!.GetValue<string>();
    }

    private static string Text(JsonObject result) => result["content"]![0]!["text"]!.GetValue<string>();
}
