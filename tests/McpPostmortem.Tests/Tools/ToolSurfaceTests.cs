using System.Text.RegularExpressions;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Tools;

public partial class ToolSurfaceTests
{
    [Fact]
    public async Task ListTools_EveryTool_HasPortableNameDescriptionAndSchema()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);

        var tools = await server.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEmpty(tools);
        foreach (var tool in tools)
        {
            Assert.Matches(SnakeCase(), tool.Name);
            Assert.True(tool.Name.Length <= 40, $"{tool.Name} is longer than 40 characters");
            Assert.False(string.IsNullOrWhiteSpace(tool.Description), $"{tool.Name} has no description");
            Assert.True(tool.Description.Length <= 2000, $"{tool.Name}'s description is over 2,000 characters");
            Assert.DoesNotContain("\"null\"", tool.JsonSchema.GetRawText(), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// An optional field of an argument object (an event's kind, an author's role) must say what
    /// leaving it out means, and the server must mean the same; the other tests here check the
    /// stored value for each such field.
    /// </summary>
    [Fact]
    public async Task ListTools_OptionalFieldOfArgumentObject_DeclaresItsDefault()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);

        var tools = await server.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        var missing = new List<string>();
        var checkedFields = 0;
        foreach (var tool in tools)
        {
            var arguments = tool.JsonSchema.GetProperty("properties");
            foreach (var argument in arguments.EnumerateObject())
            {
                if (!argument.Value.TryGetProperty("items", out var items)
                    || !items.TryGetProperty("properties", out var fields))
                {
                    continue;
                }

                var required = items.TryGetProperty("required", out var list)
                    ? list.EnumerateArray().Select(r => r.GetString()).ToHashSet()
                    : [];
                foreach (var field in fields.EnumerateObject().Where(f => !required.Contains(f.Name)))
                {
                    checkedFields++;
                    if (!field.Value.TryGetProperty("default", out _))
                    {
                        missing.Add($"{tool.Name}.{argument.Name}[].{field.Name}");
                    }
                }
            }
        }

        Assert.True(checkedFields >= 5, $"only {checkedFields} optional fields found; the walk is broken");
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("list_postmortems")]
    [InlineData("get_postmortem")]
    [InlineData("lint_postmortem")]
    [InlineData("lint_text")]
    public async Task ListTools_ReadOnlyTool_IsAnnotatedReadOnly(string name)
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);

        var tools = await server.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        var tool = Assert.Single(tools, t => t.Name == name);
        Assert.True(tool.ProtocolTool.Annotations?.ReadOnlyHint);
    }

    [Theory]
    [InlineData("create_postmortem")]
    [InlineData("add_timeline_events")]
    [InlineData("add_contributing_factor")]
    [InlineData("add_action_item")]
    [InlineData("render_postmortem")]
    [InlineData("lint_postmortem")]
    public async Task ListTools_BackboneTool_IsServed(string name)
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);

        var tools = await server.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(tools, t => t.Name == name);
    }

    [Fact]
    public async Task GetPrompt_WritePostmortem_NamesTheToolsInOrder()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);

        var prompt = await server.Client.GetPromptAsync("write_postmortem",
            new Dictionary<string, object?> { ["incident"] = "API errors after a deploy" },
            cancellationToken: TestContext.Current.CancellationToken);

        var text = string.Concat(
            prompt.Messages.Select(m => (m.Content as ModelContextProtocol.Protocol.TextContentBlock)?.Text));
        Assert.Contains("API errors after a deploy", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("create_postmortem", StringComparison.Ordinal)
            < text.IndexOf("add_timeline_events", StringComparison.Ordinal));
        Assert.True(text.IndexOf("lint_postmortem", StringComparison.Ordinal)
            < text.IndexOf("render_postmortem", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetPrompt_DebriefResponder_SaysSelfBlameIsEvidenceThatOnlyWarns()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var created = await server.Client.CallOkAsync("create_postmortem",
            new() { ["title"] = "API outage", ["incident_date"] = "2025-07-09", ["severity"] = "SEV2" });

        var prompt = await server.Client.GetPromptAsync("debrief_responder",
            new Dictionary<string, object?> { ["id"] = created["id"]!.GetValue<string>(), ["role"] = "on-call SRE" },
            cancellationToken: TestContext.Current.CancellationToken);

        var text = string.Concat(
            prompt.Messages.Select(m => (m.Content as ModelContextProtocol.Protocol.TextContentBlock)?.Text));
        Assert.Contains("warning about quoted evidence", text.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains("does not block approval", text.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
