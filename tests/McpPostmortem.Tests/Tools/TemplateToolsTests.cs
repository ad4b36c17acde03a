using McpPostmortem.Server.Tools;
using McpPostmortem.Storage;
using Microsoft.Extensions.Logging.Abstractions;

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
}
