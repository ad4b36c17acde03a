using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Server.Results;
using McpPostmortem.Server.Tools;
using McpPostmortem.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace McpPostmortem.Server.Tests.Tools;

public sealed class DocumentToolsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mcp-postmortem-tests",
        Guid.NewGuid().ToString("N"));

    private readonly DocumentTools _tools;

    private readonly PostmortemStore _store;

    public DocumentToolsTests()
    {
        _store = new PostmortemStore(_folder);
        _tools = new DocumentTools(new Workspace(_store, NullLogger<Workspace>.Instance),
            NullLogger<DocumentTools>.Instance);
        _store.Create(new Postmortem
        {
            Id = "2025-03-14-api-outage",
            Title = "API outage",
            IncidentDate = new DateOnly(2025, 3, 14),
            Authors = [new Author("Dana Whitfield")],
        });
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("default", OutputFormat.Markdown, "2025-03-14-api-outage.md")]
    [InlineData("default", OutputFormat.Html, "2025-03-14-api-outage.html")]
    [InlineData("external", OutputFormat.Markdown, "2025-03-14-api-outage.external.md")]
    [InlineData("google-sre", OutputFormat.Html, "2025-03-14-api-outage.google-sre.html")]
    public void RenderPostmortem_WritesBesideTheJson(string template, OutputFormat format, string file)
    {
        var result = _tools.RenderPostmortem("2025-03-14-api-outage", template, format);

        Assert.Equal(Path.Combine(_store.Directory, file), result.Path);
        Assert.Equal(result.Html ?? result.Markdown, File.ReadAllText(result.Path));
        Assert.Equal(format == OutputFormat.Html, result.Html?.StartsWith("<!DOCTYPE html>",
            StringComparison.Ordinal) ?? false);
    }

    [Fact]
    public void RenderPostmortem_ExternalTemplate_LeavesOutTheAuthor()
    {
        var result = _tools.RenderPostmortem("2025-03-14-api-outage", "external");

        Assert.DoesNotContain("Dana", result.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderPostmortem_External_ReportsRedactionsAndWarnings()
    {
        _store.Update("2025-03-14-api-outage", p => p with
        {
            Summary = "Dana Whitfield restarted db-01 (10.0.0.7); Acme Corp lost $5,000.",
        });

        var result = _tools.RenderPostmortem("2025-03-14-api-outage", "external");

        Assert.Contains("Our team restarted an internal system; Acme Corp lost an undisclosed amount.",
            result.Markdown, StringComparison.Ordinal);
        Assert.Equal(["Dana Whitfield", "10.0.0.7", "db-01", "$5,000"],
            result.Redactions.OrderBy(r => r.Kind).Select(r => r.Text));
        Assert.Contains(result.Warnings, w => w.Contains("Acme Corp", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderPostmortem_Default_HasNoRedactions()
    {
        var result = _tools.RenderPostmortem("2025-03-14-api-outage");

        Assert.Empty(result.Redactions);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void RenderPostmortem_BrokenCustomTemplate_WritesNothing()
    {
        var templates = Path.Combine(_folder, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "team.scriban"),
            "# {{ title }}\n{{ for e in timeline }}{{ e.who }}{{ end }}\n{{ ownr }}");
        File.WriteAllText(Path.Combine(_folder, "2025-03-14-api-outage.team.md"), "previous");

        var error = Assert.Throws<PostmortemException>(() => _tools.RenderPostmortem("2025-03-14-api-outage", "team"));

        Assert.Contains("'team' line 3, column 4", error.Message, StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(_folder, "2025-03-14-api-outage.team.md")));
        Assert.DoesNotContain(Directory.EnumerateFiles(_folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/tmp/x")]
    [InlineData("a.b")]
    public void RenderPostmortem_PathLikeTemplate_IsRefusedBeforeWriting(string template)
    {
        Assert.Throws<PostmortemException>(() => _tools.RenderPostmortem("2025-03-14-api-outage", template));

        Assert.Equal(["2025-03-14-api-outage.json"],
            Directory.EnumerateFiles(_folder).Select(Path.GetFileName).Where(f => !f!.StartsWith('.')));
    }

    [Fact]
    public void RenderPostmortem_DocumentOverTheLimit_ReturnsItsStartAndWritesItWhole()
    {
        var start = new DateTimeOffset(2025, 3, 14, 8, 0, 0, TimeSpan.Zero);
        _store.Update("2025-03-14-api-outage", p => p with
        {
            Timeline = [.. Enumerable.Range(1, 1500).Select(i => new TimelineEvent
            {
                Id = $"ev-{i}",
                Time = start.AddSeconds(i * 20),
                Description = $"Queue depth on worker {i} passed {i * 7} messages while the consumer lag grew.",
            })],
        });

        var result = _tools.RenderPostmortem("2025-03-14-api-outage");
        var file = File.ReadAllText(result.Path);

        Assert.True(result.Truncated);
        Assert.Equal(file.Length, result.Length);
        Assert.True(result.Markdown.Length <= RenderResult.ReturnedTextLimit);
        Assert.StartsWith(result.Markdown, file, StringComparison.Ordinal);
        Assert.EndsWith("\n", result.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderPostmortem_UsualDocument_ReturnsItWhole()
    {
        var result = _tools.RenderPostmortem("2025-03-14-api-outage");

        Assert.False(result.Truncated);
        Assert.Equal(File.ReadAllText(result.Path), result.Markdown);
    }
}
