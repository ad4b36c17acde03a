using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Skill;

/// <summary>README.md describes the whole server surface: every tool, prompt and resource.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public async Task Readme_NamesEveryToolPromptAndResource()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var ct = TestContext.Current.CancellationToken;
        var readme = RepositoryFiles.Read("README.md");

        var tools = await server.Client.ListToolsAsync(cancellationToken: ct);
        var prompts = await server.Client.ListPromptsAsync(cancellationToken: ct);
        var resources = await server.Client.ListResourcesAsync(cancellationToken: ct);
        var names = tools.Select(t => $"`{t.Name}`")
            .Concat(prompts.Select(p => $"`{p.Name}`"))
            .Concat(resources.Select(r => $"`{r.Uri}`"));

        var missing = names.Where(n => !readme.Contains(n, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"README.md does not mention {string.Join(", ", missing)}");
    }

    [Fact]
    public void Readme_QuickStartHasExactlyTwoCommands()
    {
        var readme = RepositoryFiles.Read("README.md");
        var quickStart = readme[readme.IndexOf("## Quick start", StringComparison.Ordinal)..];
        quickStart = quickStart[..quickStart.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var block = quickStart.Split("```")[1];

        var commands = block.Split('\n').Skip(1).Where(l => l.Trim().Length > 0).ToList();

        Assert.Equal(["dotnet run --project src/McpPostmortem -- demo", "dotnet test"], commands);
    }
}
