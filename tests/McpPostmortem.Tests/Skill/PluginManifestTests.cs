using System.Text.Json.Nodes;

namespace McpPostmortem.Server.Tests.Skill;

/// <summary>The Claude Code plugin and marketplace manifests: they parse and point at real files.</summary>
public sealed class PluginManifestTests
{
    private const string PluginRootVariable = "${CLAUDE_PLUGIN_ROOT}";

    [Fact]
    public void Plugin_NameVersionAndSkillPath_AreRight()
    {
        var plugin = Plugin();

        Assert.Equal("mcp-postmortem", plugin["name"]!.GetValue<string>());
        var version = RepositoryFiles.MsBuildProperty("Directory.Build.props", "Version");

        Assert.Equal(version, plugin["version"]!.GetValue<string>());
        Assert.All(plugin["skills"]!.AsArray(), skill =>
            Assert.True(File.Exists(Path.Combine(RepositoryFiles.PathOf(skill!.GetValue<string>()), "SKILL.md")),
                $"No SKILL.md in plugin skill path {skill}."));
    }

    [Fact]
    public void Plugin_McpServer_StartsAScriptThatExists()
    {
        var server = Plugin()["mcpServers"]!["postmortem"]!;
        var arguments = server["args"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();

        Assert.Equal("bash", server["command"]!.GetValue<string>());
        var script = Assert.Single(arguments, a => a.StartsWith(PluginRootVariable, StringComparison.Ordinal));
        Assert.True(File.Exists(RepositoryFiles.PathOf(script[(PluginRootVariable.Length + 1)..])), script);
    }

    [Fact]
    public void Marketplace_ListsThePluginAtTheRoot()
    {
        var marketplace = JsonNode.Parse(RepositoryFiles.Read(".claude-plugin", "marketplace.json"))!;
        var entry = Assert.Single(marketplace["plugins"]!.AsArray())!;

        Assert.Equal(Plugin()["name"]!.GetValue<string>(), entry["name"]!.GetValue<string>());
        Assert.Equal("./", entry["source"]!.GetValue<string>());
        Assert.Equal(Plugin()["version"]!.GetValue<string>(), entry["version"]!.GetValue<string>());
    }

    private static JsonNode Plugin() => JsonNode.Parse(RepositoryFiles.Read(".claude-plugin", "plugin.json"))!;
}
