using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Server.Tools;
using McpPostmortem.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace McpPostmortem.Server.Tests.Tools;

public sealed class ImportToolsTests : IDisposable
{
    private const string Document = "# Postmortem: Queue backlog\n\n| | |\n|---|---|\n| **Date** | 2025-05-02 |\n\n" +
        "## Summary\n\nOrders queued for 40 minutes.\n\n## Customer quotes\n\n> Slow checkout.\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mcp-postmortem-tests",
        Guid.NewGuid().ToString("N"));

    private readonly ImportTools _tools;

    private readonly Workspace _workspace;

    public ImportToolsTests()
    {
        Directory.CreateDirectory(_folder);
        _workspace = new Workspace(new PostmortemStore(_folder), NullLogger<Workspace>.Instance);
        _tools = new ImportTools(_workspace, NullLogger<ImportTools>.Instance);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ImportPostmortem_Markdown_StoresItAndReportsTheUnmapped()
    {
        var result = _tools.ImportPostmortem(markdown: Document);

        Assert.Equal("2025-05-02-queue-backlog", result.Id);
        var stored = _workspace.Store.Load(result.Id);
        Assert.Equal("Orders queued for 40 minutes.", stored.Summary);
        Assert.Contains("> Slow checkout.", stored.Appendix.Notes, StringComparison.Ordinal);
        Assert.Equal("Customer quotes", Assert.Single(result.Notices).Section);
    }

    [Fact]
    public void ImportPostmortem_FileInTheFolder_IsRead()
    {
        File.WriteAllText(Path.Combine(_folder, "old.md"), Document);

        var result = _tools.ImportPostmortem(file: "old.md");

        Assert.Equal(1, result.Revision);
    }

    [Theory]
    [InlineData("../old.md")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/old.md")]
    [InlineData("old.txt")]
    public void ImportPostmortem_FileOutsideTheFolder_IsRefused(string file)
    {
        var error = Assert.Throws<PostmortemException>(() => _tools.ImportPostmortem(file: file));

        Assert.Contains("'file'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportPostmortem_ExistingId_NeedsReplace()
    {
        _tools.ImportPostmortem(markdown: Document);

        var error = Assert.Throws<PostmortemException>(() => _tools.ImportPostmortem(markdown: Document));
        Assert.Contains("replace true", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _tools.ImportPostmortem(markdown: Document, replace: true).Revision);
    }

    [Fact]
    public void ImportPostmortem_RenderedDocument_RendersTheSame()
    {
        var original = new Postmortem
        {
            Id = "2025-05-02-queue-backlog",
            Title = "Queue backlog",
            IncidentDate = new DateOnly(2025, 5, 2),
            TimeZone = "America/Chicago",
            Summary = "Orders | queued.\n# not a heading",
            WentWell = ["- dash first"],
        };
        var rendered = PostmortemRenderer.Render(original);

        var result = _tools.ImportPostmortem(markdown: rendered, id: "2025-05-02-copy");

        Assert.Equal(rendered, PostmortemRenderer.Render(_workspace.Store.Load(result.Id)));
    }

    [Fact]
    public void ImportPostmortem_RenderedDocument_ChecksTheSameAsTheOriginal()
    {
        var original = _workspace.Store.Create(new Postmortem
        {
            Id = "2025-05-02-queue-backlog",
            Title = "Queue backlog",
            IncidentDate = new DateOnly(2025, 5, 2),
            ActionItems =
            [
                new ActionItem { Id = "ai-1", Action = "Alert on queue depth over 10,000", Owner = "SRE",
                    DueDate = new DateOnly(2025, 6, 1), Class = ActionItemClass.Detect },
                new ActionItem { Id = "ai-2", Action = "Add a second consumer pool", Owner = "SRE",
                    DueDate = new DateOnly(2025, 6, 1), Class = ActionItemClass.Mitigate },
            ],
            Review = new Model.Review { MeetingHeld = new DateOnly(2025, 5, 6), SharedWith = "#eng-all" },
        });
        var review = new ReviewTools(_workspace);
        var before = review.CheckPostmortem(original.Id);

        _tools.ImportPostmortem(markdown: PostmortemRenderer.Render(original), replace: true);
        var after = review.CheckPostmortem(original.Id);

        Assert.Equal(before.Checklist.Select(c => (c.Key, c.Passed)), after.Checklist.Select(c => (c.Key, c.Passed)));
        Assert.Equal(before.ActionItemFindings.Select(f => f.RuleId), after.ActionItemFindings.Select(f => f.RuleId));
    }
}
