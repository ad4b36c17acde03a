using System.Globalization;
using System.Text.Json;
using Markdig;
using Markdig.Syntax;
using McpPostmortem.Export;
using McpPostmortem.Model;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Export;

public sealed class ActionItemExportTests
{
    private const string Link = "https://wiki.example.com/postmortems/edge-502s";

    [Fact]
    public void Export_JiraCsv_HeaderAndOneRowPerItem()
    {
        var postmortem = Scenarios.Postmortem("edge-config-push");

        var export = ActionItemExport.Export(postmortem, ExportFormat.JiraCsv, new ExportOptions());
        var rows = Rfc4180.Parse(export.Text);

        Assert.Equal("jira.csv", export.Extension);
        Assert.Equal(
            ["Summary", "Issue Type", "Priority", "Due Date", "Description", "Owner", "Labels", "Labels", "Labels"],
            rows[0]);
        Assert.Equal(postmortem.ActionItems.Count + 1, rows.Count);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        var first = rows[1];
        Assert.Equal(postmortem.ActionItems[0].Action, first[0]);
        Assert.Equal("Task", first[1]);
        Assert.Equal("High", first[2]);
        Assert.Equal("23/Jul/25 12:00 AM", first[3]);
        Assert.Contains($"Postmortem: id {postmortem.Id}, file {postmortem.Id}.md", first[4], StringComparison.Ordinal);
        Assert.Equal("Edge platform lead", first[5]);
        Assert.Equal(["postmortem", "postmortem-" + postmortem.Id, "class-prevent"], first[6..9]);
        Assert.All(rows.Skip(1).SelectMany(r => r[6..9]), label => Assert.DoesNotContain(' ', label));
    }

    [Fact]
    public void Export_JiraCsvWithCommasQuotesAndNewlines_RoundTripsThroughRfc4180()
    {
        var action = "Add a \"known-good\" fallback, per PoP,\nwith a 10-minute hold";
        var postmortem = Samples.Minimal() with
        {
            ActionItems = [new ActionItem { Id = "ai-1", Action = action, Owner = "Edge, proxy lead", DueDate = new(2025, 8, 1) }],
        };

        var text = ActionItemExport.Export(postmortem, ExportFormat.JiraCsv, new ExportOptions()).Text;
        var rows = Rfc4180.Parse(text);

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(2, rows.Count);
        Assert.Equal("Add a \"known-good\" fallback, per PoP, with a 10-minute hold", rows[1][0]);
        Assert.Equal("Edge, proxy lead", rows[1][5]);
        Assert.Contains(action, rows[1][4], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/\",\"click\")", "+SRE")]
    [InlineData("@SUM(1+1) add something", "-cmd")]
    [InlineData("\t=1+1", "\r=1+1")]
    public void Export_JiraCsvFormulaCells_NeutralisedWithApostrophe(string action, string owner)
    {
        var postmortem = Samples.Minimal() with
        {
            ActionItems = [new ActionItem { Id = "ai-1", Action = action, Owner = owner, DueDate = new(2025, 8, 1) }],
        };

        var text = ActionItemExport.Export(postmortem, ExportFormat.JiraCsv, new ExportOptions()).Text;
        var rows = Rfc4180.Parse(text);

        Assert.Equal("'" + action.ReplaceLineEndings(" ").Trim(), rows[1][0]);
        Assert.Equal("'" + owner, rows[1][5]);
        Assert.All(rows.Skip(1).SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]),
            $"cell starts with a formula character: {cell}"));
    }

    [Fact]
    public void Export_GitHubWithoutLink_NamesIdAndFileWithoutRelativeLinkAndNotices()
    {
        var postmortem = Scenarios.Postmortem("expired-mtls-certificate");

        var export = ActionItemExport.Export(postmortem, ExportFormat.GitHub, new ExportOptions());
        using var json = JsonDocument.Parse(export.Text);

        var body = json.RootElement[0].GetProperty("body").GetString()!;
        Assert.DoesNotContain("](", body, StringComparison.Ordinal);
        Assert.Contains($"id `{postmortem.Id}`, file `{postmortem.Id}.md`", body, StringComparison.Ordinal);
        Assert.Contains(export.Notices, n => n.Contains("postmortem_link", StringComparison.Ordinal));
        Assert.Empty(ActionItemExport.Export(postmortem, ExportFormat.GitHub, new ExportOptions { PostmortemLink = Link }).Notices);
    }

    [Theory]
    [InlineData(Priority.P0, "Highest")]
    [InlineData(Priority.P1, "High")]
    [InlineData(Priority.P2, "Medium")]
    [InlineData(Priority.P3, "Low")]
    public void Export_JiraCsv_PriorityMapsToJiraDefaults(Priority priority, string expected)
    {
        var postmortem = Samples.Minimal() with
        {
            ActionItems = [new ActionItem { Id = "ai-1", Action = "Add a check", Owner = "SRE", DueDate = new(2025, 8, 1), Priority = priority }],
        };

        var rows = Rfc4180.Parse(ActionItemExport.Export(postmortem, ExportFormat.JiraCsv, new ExportOptions()).Text);

        Assert.Equal(expected, rows[1][2]);
    }

    [Fact]
    public void Export_GitHub_ArrayOfTitleBodyLabels()
    {
        var postmortem = Scenarios.Postmortem("expired-mtls-certificate");

        var export = ActionItemExport.Export(postmortem, ExportFormat.GitHub, new ExportOptions { PostmortemLink = Link });
        using var json = JsonDocument.Parse(export.Text);

        Assert.Equal("issues.json", export.Extension);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(postmortem.ActionItems.Count, json.RootElement.GetArrayLength());
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal(["title", "body", "labels"], i.EnumerateObject().Select(p => p.Name)));
        var first = items[0];
        Assert.Equal(postmortem.ActionItems[0].Action, first.GetProperty("title").GetString());
        var body = first.GetProperty("body").GetString()!;
        Assert.Contains($"]({Link})", body, StringComparison.Ordinal);
        Assert.Contains("Platform security lead", body, StringComparison.Ordinal);
        Assert.Contains("2025-02-21", body, StringComparison.Ordinal);
        Assert.Equal(
            ["postmortem", "priority:P1", "class:detect"],
            first.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public void Export_ClosedTrackedAndCandidateItems_SkippedWithReasonUnlessAsked()
    {
        var items = new[]
        {
            new ActionItem { Id = "ai-1", Action = "Add a check", Owner = "SRE", DueDate = new(2025, 8, 1) },
            new ActionItem { Id = "ai-2", Action = "Add an alert", Owner = "SRE", DueDate = new(2025, 8, 1), Status = ActionItemStatus.Done },
            new ActionItem
            {
                Id = "ai-3", Action = "Add a runbook", Owner = "SRE", DueDate = new(2025, 8, 1),
                TrackingLink = "https://tracker.example.com/T-1",
            },
            new ActionItem { Id = "ai-4", Action = "Add a dashboard", Status = ActionItemStatus.Candidate },
        };
        var postmortem = Samples.Minimal() with { ActionItems = items };

        var narrow = ActionItemExport.Export(postmortem, ExportFormat.Markdown, new ExportOptions());
        var wide = ActionItemExport.Export(postmortem, ExportFormat.Markdown,
            new ExportOptions { IncludeClosed = true, IncludeTracked = true, IncludeCandidates = true });

        Assert.Equal(["ai-1"], narrow.ItemIds);
        Assert.Equal(["ai-2", "ai-3", "ai-4"], narrow.Skipped.Select(s => s.ItemId));
        Assert.Equal(["ai-1", "ai-2", "ai-3", "ai-4"], wide.ItemIds);
        Assert.Contains("- [ ] Add a check (ai-1)", wide.Text, StringComparison.Ordinal);
        Assert.Contains("- [x] Add an alert (ai-2)", wide.Text, StringComparison.Ordinal);
        Assert.Contains("<https://tracker.example.com/T-1>", wide.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Markdown_ParsesAsTaskList()
    {
        var postmortem = Scenarios.Postmortem("db-failover-lost-writes");

        var text = ActionItemExport.Export(postmortem, ExportFormat.Markdown, new ExportOptions()).Text;
        var document = Markdown.Parse(text, new MarkdownPipelineBuilder().UseTaskLists().Build());

        var tasks = document.Descendants<Markdig.Extensions.TaskLists.TaskList>().ToList();
        Assert.Equal(postmortem.ActionItems.Count, tasks.Count);
        Assert.All(tasks, t => Assert.False(t.Checked));
        Assert.Contains(postmortem.Id + ".md", text, StringComparison.Ordinal);
        Assert.Contains(
            postmortem.ActionItems[0].DueDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            text,
            StringComparison.Ordinal);
    }
}
