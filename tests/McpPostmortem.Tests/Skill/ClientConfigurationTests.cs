using System.Text.Json.Nodes;

namespace McpPostmortem.Server.Tests.Skill;

/// <summary>The client configuration files under skill/clients start the tool's command.</summary>
public sealed class ClientConfigurationTests
{
    [Theory]
    [InlineData("project.mcp.json", "mcpServers")]
    [InlineData("vscode-mcp.json", "servers")]
    [InlineData("claude-desktop.json", "mcpServers")]
    public void Configuration_StartsMcpPostmortem(string file, string serversKey)
    {
        var configuration = JsonNode.Parse(RepositoryFiles.Read("skill", "clients", file))!;
        var server = configuration[serversKey]!["postmortem"]!;
        var command = server["command"]!.GetValue<string>();
        var toolCommand = RepositoryFiles.MsBuildProperty("src/McpPostmortem/McpPostmortem.csproj", "ToolCommandName");

        Assert.Equal(toolCommand, Path.GetFileName(command));
        Assert.NotNull(server["args"]);
    }

    [Theory]
    [InlineData("project.mcp.json")]
    [InlineData("vscode-mcp.json")]
    [InlineData("claude-desktop.json")]
    public void Configuration_IsLinkedFromTheClientsGuide(string file)
    {
        Assert.Contains($"(../clients/{file})", RepositoryFiles.Read("skill", "references", "clients.md"),
            StringComparison.Ordinal);
    }
}
