using System.Text.RegularExpressions;
using ModelContextProtocol.Client;

namespace McpPostmortem.Server.Tests.Skill;

/// <summary>
/// SKILL.md and the server agree on the tools: every tool, prompt or argument name SKILL.md writes
/// in backticks exists on the built server, and every tool the server lists is in SKILL.md.
/// </summary>
public sealed partial class SkillToolNamesTests
{
    /// <summary>
    /// Tools SKILL.md may describe before the server serves them (none today). A name listed here
    /// that the server has makes the test fail, so the list cannot silently go stale.
    /// </summary>
    private static readonly string[] ExpectedMissing =
    [
    ];

    // One server start answers every test of the class.
    private static readonly Lazy<Task<ServerNames>> Names =
        new(ListServerNamesAsync);

    [Fact]
    public async Task SkillNames_ExistOnTheServer()
    {
        var (tools, prompts, arguments) = await ServerNamesAsync();
        var unknown = SkillNames("SKILL.md")
            .Where(n => !tools.Contains(n) && !prompts.Contains(n) && !arguments.Contains(n)
                && !ExpectedMissing.Contains(n))
            .ToList();

        Assert.True(unknown.Count == 0,
            $"SKILL.md names tools the server does not have: {string.Join(", ", unknown)}");
    }

    [Fact]
    public async Task ServerTools_AreAllInTheSkill()
    {
        var (tools, _, _) = await ServerNamesAsync();
        var named = SkillNames("SKILL.md");
        var missing = tools.Where(t => !named.Contains(t)).ToList();

        Assert.True(missing.Count == 0,
            $"SKILL.md does not mention these server tools: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task ExpectedMissing_HoldsOnlyToolsTheServerLacks()
    {
        var (tools, _, _) = await ServerNamesAsync();
        var arrived = ExpectedMissing.Where(tools.Contains).ToList();

        Assert.True(arrived.Count == 0,
            $"These tools are on the server now; remove them from ExpectedMissing: {string.Join(", ", arrived)}");
    }

    [Fact]
    public async Task ReferenceNames_ExistOnTheServer()
    {
        var (tools, prompts, arguments) = await ServerNamesAsync();
        var unknown = RepositoryFiles.SkillMarkdown()
            .Where(f => f.StartsWith("skill/references/", StringComparison.Ordinal))
            .SelectMany(f => SkillNames(f).Select(n => (File: f, Name: n)))
            .Where(x => !tools.Contains(x.Name) && !prompts.Contains(x.Name) && !arguments.Contains(x.Name)
                && !ExpectedMissing.Contains(x.Name))
            .Select(x => $"{x.File}: {x.Name}")
            .ToList();

        Assert.True(unknown.Count == 0,
            $"References name tools the server does not have: {string.Join(", ", unknown)}");
    }

    /// <summary>Inline code spans that look like tool names (snake_case), outside code fences.</summary>
    private static HashSet<string> SkillNames(string file) =>
        ToolName().Matches(RepositoryFiles.WithoutCodeFences(RepositoryFiles.Read(file)))
            .Select(m => m.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);

    private static Task<ServerNames> ServerNamesAsync() => Names.Value;

    private static async Task<ServerNames> ListServerNamesAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "mcp-postmortem-tests", Guid.NewGuid().ToString("N"));
        var executable = Path.Combine(
            AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "mcp-postmortem.exe" : "mcp-postmortem");
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "mcp-postmortem",
            Command = executable,
            Arguments = ["serve", "--dir", directory],
        });
        await using var client = await McpClient.CreateAsync(transport);
        var tools = await client.ListToolsAsync();
        var prompts = await client.ListPromptsAsync();
        return new ServerNames(tools.Select(t => t.Name).ToHashSet(StringComparer.Ordinal),
            prompts.Select(p => p.Name).ToHashSet(StringComparer.Ordinal),
            tools.SelectMany(t => t.JsonSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name))
                .ToHashSet(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"`(?<name>[a-z][a-z0-9]*(?:_[a-z0-9]+)+)`")]
    private static partial Regex ToolName();
}
