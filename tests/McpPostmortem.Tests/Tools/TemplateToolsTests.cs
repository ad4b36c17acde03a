using McpPostmortem.Server.Tests.TestSupport;
using McpPostmortem.Server.Tools;
using McpPostmortem.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol;

namespace McpPostmortem.Server.Tests.Tools;

public sealed class TemplateToolsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mcp-postmortem-tests",
        Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void ListTemplates_ShowsBuiltInsAndCustomFolder()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "templates"));
        File.WriteAllText(Path.Combine(_folder, "templates", "board.scriban"), "{{ ## For the board. ## }}{{ title }}");
        var tools = new TemplateTools(new Workspace(new PostmortemStore(_folder), NullLogger<Workspace>.Instance));

        var list = tools.ListTemplates();

        Assert.Equal(["default", "google-sre", "external", "board"], list.Templates.Select(t => t.Name));
        Assert.Equal(Path.Combine(_folder, "templates"), list.CustomFolder);
        Assert.Equal("For the board.", list.Templates[^1].Description);
    }

    [Fact]
    public void ListTemplates_DocumentsTheWholeDataModel()
    {
        var tools = new TemplateTools(new Workspace(new PostmortemStore(_folder), NullLogger<Workspace>.Instance));

        var list = tools.ListTemplates();

        Assert.Contains(list.DataModel, f => f.Name == "timeline_chart");
        Assert.Contains("kind_label", list.DataModel.Single(f => f.Name == "timeline").Fields.Select(f => f.Name));
        Assert.Contains("answers", list.DataModel.Single(f => f.Name == "debriefs").Fields.Select(f => f.Name));
        Assert.Contains(list.Functions, f => f.Name == "public_text");
    }

    [Theory]
    [InlineData("postmortem://templates/nope")]
    [InlineData("postmortem://templates/..%2Fetc")]
    [InlineData("postmortem://templates/a.b")]
    public async Task ReadResource_BadTemplateName_IsInvalidParams(string uri)
    {
        await using var server = await InProcessServer.StartAsync(_folder);

        var error = await Assert.ThrowsAsync<McpProtocolException>(() =>
            server.Client.ReadResourceAsync(uri, cancellationToken: TestContext.Current.CancellationToken).AsTask());

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
    }
}
