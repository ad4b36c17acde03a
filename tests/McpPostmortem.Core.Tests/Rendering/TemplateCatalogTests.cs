using McpPostmortem.Errors;
using McpPostmortem.Rendering;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Rendering;

public sealed class TemplateCatalogTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string Templates => Path.Combine(_directory.Path, TemplateCatalog.FolderName);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Render_CustomTemplate_SeesTheDocumentedModel()
    {
        Write("brief", "{{ ## One line per incident. ## }}{{ title }} | {{ severity }} | " +
            "{{ impact.duration }} | {{ action_items.size }} actions | {{ metrics[2].value }}");

        var text = new TemplateCatalog(_directory.Path).Render(RenderingSamples.Reference(), "brief");

        Assert.Equal("API outage from a database connection leak | SEV2 | 25 minutes | 3 actions | 18 min\n", text);
    }

    [Fact]
    public void List_NameDifferingOnlyByCase_IsReportedAndNotRendered()
    {
        Write("External", "{{ title }}");
        Write("team", "{{ title }}");
        Write("Team", "{{ title }}");
        var catalog = new TemplateCatalog(_directory.Path);

        var list = catalog.List();
        var error = Assert.Throws<PostmortemException>(() => catalog.Render(RenderingSamples.Empty(), "External"));

        Assert.Contains("differs only by case from the built-in 'external'",
            list.Single(t => t.Name == "External").Problem, StringComparison.Ordinal);
        Assert.Contains("differ only by case", list.Single(t => t.Name == "team").Problem, StringComparison.Ordinal);
        Assert.Contains("differ only by case", list.Single(t => t.Name == "Team").Problem, StringComparison.Ordinal);
        Assert.Contains("Rename the file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IncludeInsideTheFolder_Works()
    {
        Write("with-header", "{{ include 'header' }}body");
        Write("header", "Header of {{ id }}\n");

        var text = new TemplateCatalog(_directory.Path).Render(RenderingSamples.Empty(), "with-header.scriban");

        Assert.Equal("Header of 2025-01-02-empty\nbody\n", text);
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/inner")]
    [InlineData("..")]
    [InlineData("sub\\\\inner")]
    public void Render_IncludeOutsideTheFolder_IsRefused(string name)
    {
        File.WriteAllText(Path.Combine(_directory.Path, "secret.scriban"), "SECRET");
        Directory.CreateDirectory(Path.Combine(Templates, "sub"));
        File.WriteAllText(Path.Combine(Templates, "sub", "inner.scriban"), "SECRET");
        Write("escape", $"before\n{{{{ include '{name}' }}}}");

        var error = Assert.Throws<PostmortemException>(() =>
            new TemplateCatalog(_directory.Path).Render(RenderingSamples.Empty(), "escape"));

        Assert.Contains("'escape' line 2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IncludeOfALinkOutside_IsRefused()
    {
        var outside = Path.Combine(_directory.Path, "outside.scriban");
        File.WriteAllText(outside, "SECRET");
        Write("linked", "{{ include 'leak' }}");
        File.CreateSymbolicLink(Path.Combine(Templates, "leak.scriban"), outside);

        var error = Assert.Throws<PostmortemException>(() =>
            new TemplateCatalog(_directory.Path).Render(RenderingSamples.Empty(), "linked"));

        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TemplateIncludingItself_StopsAtTheRecursionLimit()
    {
        Write("mirror", "x{{ include 'mirror' }}");

        var error = Assert.Throws<PostmortemException>(() =>
            new TemplateCatalog(_directory.Path).Render(RenderingSamples.Empty(), "mirror"));

        Assert.Contains("'mirror' line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BrokenInclude_NamesTheIncludedTemplate()
    {
        Write("outer", "{{ include 'inner' }}");
        Write("inner", "ok\n{{ if }}");

        var error = Assert.Throws<PostmortemException>(() =>
            new TemplateCatalog(_directory.Path).Render(RenderingSamples.Empty(), "outer"));

        Assert.Contains("'inner' line 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../default")]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData(".hidden")]
    public void Render_BadTemplateName_IsRefused(string name)
    {
        var error = Assert.Throws<PostmortemException>(() =>
            new TemplateCatalog(_directory.Path).Render(RenderingSamples.Empty(), name));

        Assert.Contains("'template'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingTemplate_ListsWhatExists()
    {
        var error = Assert.Throws<PostmortemException>(() =>
            new TemplateCatalog(_directory.Path).Render(RenderingSamples.Empty(), "missing"));

        Assert.Contains("google-sre", error.Message, StringComparison.Ordinal);
        Assert.Contains("list_templates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void List_ShowsBuiltInsThenCustomWithTheirProblems()
    {
        Write("brief", "{{ ## Short board summary. ## }}{{ title }}");
        Write("broken", "{{ if }}");
        Write("default", "shadowed");

        var list = new TemplateCatalog(_directory.Path).List();

        Assert.Equal(["default", "google-sre", "external"], list.Take(3).Select(t => t.Name));
        var brief = Assert.Single(list, t => t.Name == "brief");
        Assert.Equal("Short board summary.", brief.Description);
        Assert.Equal("", brief.Problem);
        Assert.Equal("postmortem://templates/brief", brief.Uri);
        Assert.Contains("line 1", Assert.Single(list, t => t.Name == "broken").Problem, StringComparison.Ordinal);
        Assert.Contains("built-in", Assert.Single(list, t => t.Name == "default" && !t.BuiltIn).Problem,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Text_BuiltInAndCustom_AreReadable()
    {
        Write("brief", "{{ title }}");
        var catalog = new TemplateCatalog(_directory.Path);

        Assert.Equal("{{ title }}", catalog.Text("brief"));
        Assert.Contains("Contributing factors", catalog.Text("default"), StringComparison.Ordinal);
    }

    private void Write(string name, string text)
    {
        Directory.CreateDirectory(Templates);
        File.WriteAllText(Path.Combine(Templates, name + TemplateName.Extension), text);
    }
}
