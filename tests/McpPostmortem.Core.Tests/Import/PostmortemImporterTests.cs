using McpPostmortem.Errors;
using McpPostmortem.Import;
using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Tests.Rendering;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Import;

public sealed class PostmortemImporterTests
{
    public static TheoryData<string> Samples() => ["reference", "escapes", "empty", "berlin"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Import_RenderedDocument_RendersToTheSameFile(string sample)
    {
        var postmortem = Sample(sample);
        var first = PostmortemRenderer.Render(postmortem);

        var imported = PostmortemImporter.Import(first);
        var second = PostmortemRenderer.Render(imported.Postmortem);

        Assert.Equal(first, second);
        Assert.DoesNotContain(imported.Notices, n => !n.Message.Contains("class", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_RenderedReference_RestoresTheModel()
    {
        var original = RenderingSamples.Reference();

        var imported = PostmortemImporter.Import(PostmortemRenderer.Render(original)).Postmortem;

        Assert.Equal(original.Id, imported.Id);
        Assert.Equal(original.Title, imported.Title);
        Assert.Equal(original.Authors, imported.Authors);
        Assert.Equal(original.Summary, imported.Summary);
        Assert.Equal(original.Impact, imported.Impact);
        Assert.Equal(original.RootCause, imported.RootCause);
        Assert.Equal(original.Timeline.Select(e => (e.Time, e.Description, e.Link)),
            imported.Timeline.Select(e => (e.Time, e.Description, e.Link)));
        Assert.Equal(original.Timeline.Where(e => e.Kind <= EventKind.Resolved).Select(e => e.Kind),
            imported.Timeline.Where(e => e.Kind <= EventKind.Resolved).Select(e => e.Kind));
        Assert.Equal(original.ActionItems.Select(a => (a.Action, a.Owner, a.DueDate, a.Priority, a.Status,
            a.TrackingLink)),
            imported.ActionItems.Select(a => (a.Action, a.Owner, a.DueDate, a.Priority, a.Status, a.TrackingLink)));
        Assert.Equal(original.RelatedIncidents, imported.RelatedIncidents);
        Assert.Equal(original.Appendix.Graphs, imported.Appendix.Graphs);
        Assert.Equal(original.Appendix.CodeFix, imported.Appendix.CodeFix);
    }

    [Fact]
    public void Import_RenderedBerlinTimes_AreBackInUtc()
    {
        var original = Sample("berlin");

        var imported = PostmortemImporter.Import(PostmortemRenderer.Render(original)).Postmortem;

        Assert.Equal("Europe/Berlin", imported.TimeZone);
        Assert.Equal(original.Timeline.Select(e => e.Time), imported.Timeline.Select(e => e.Time));
        Assert.Equal(TimeSpan.Zero, imported.Timeline[0].Time.Offset);
    }

    [Fact]
    public void Import_ReferenceStyleDocument_MapsEverySection()
    {
        var markdown = File.ReadAllText(Path.Combine(SharedFiles.RepositoryRoot,
            "tests", "McpPostmortem.Core.Tests", "Import", "reference-style.md"));

        var result = PostmortemImporter.Import(markdown);
        var p = result.Postmortem;

        Assert.Equal("2024-06-11-checkout-outage-payment-database-pool-exhausted", p.Id);
        Assert.Equal("Checkout outage - Payment Database Pool Exhausted", p.Title);
        Assert.Equal(new DateOnly(2024, 6, 11), p.IncidentDate);
        Assert.Equal([("Priya Natarajan", "On-call SRE"), ("Tomasz Wójcik", "DBA")], p.Authors.Select(a
            => (a.Name, a.Role)));
        Assert.Equal(ReviewStatus.Published, p.Status);
        Assert.Equal(Severity.Sev1, p.Severity);
        Assert.StartsWith("On June 11, 2024, checkout failed", p.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Impact", p.Summary, StringComparison.Ordinal);
        Assert.Equal("31 minutes", p.Impact.Duration);
        Assert.Equal("~$41,000", p.Impact.RevenueImpact);
        Assert.Equal("support tickets: 310", p.Impact.Other);
        Assert.Equal(7, p.Timeline.Count);
        Assert.Equal(DateTimeOffset.Parse("2024-06-11T08:55:00Z", System.Globalization.CultureInfo.InvariantCulture),
            p.Timeline[0].Time);
        Assert.Equal("Release 5.8.0 deployed to production (Actor: CI/CD)", p.Timeline[0].Description);
        Assert.StartsWith("+ for (var i = 0", p.RootCause.Diff.Split('\n')[1], StringComparison.Ordinal);
        Assert.Equal(["Insufficient load testing", "Missing monitoring"], p.ContributingFactors.Select(f => f.Title));
        Assert.Equal(["Staging load tests did not exercise the retry path", "Fault injection was off in staging",
            "Tests used a pool of 500 connections"], p.ContributingFactors[0].Points);
        Assert.Equal(2, p.WentWell.Count);
        Assert.Equal([ActionItemStatus.Done, ActionItemStatus.InProgress, ActionItemStatus.Open],
            p.ActionItems.Select(a => a.Status));
        Assert.Equal([Priority.P0, Priority.P1, Priority.P1], p.ActionItems.Select(a => a.Priority));
        Assert.Equal("QA Team", p.ActionItems[1].Owner);
        Assert.Equal(new DateOnly(2023, 12, 2), p.RelatedIncidents[0].Date);
        Assert.Equal(["Retry budgets in the payment client", "Pool saturation alerts for every database"],
            p.Prevention);
        Assert.Equal(2, p.Appendix.CommunicationLog.Count);
        Assert.Equal("await using var c = await pool.Open();", p.Appendix.CodeFix);
    }

    [Fact]
    public void Import_ReferenceStyleDocument_KeepsAndReportsWhatHasNoField()
    {
        var markdown = File.ReadAllText(Path.Combine(SharedFiles.RepositoryRoot,
            "tests", "McpPostmortem.Core.Tests", "Import", "reference-style.md"));

        var result = PostmortemImporter.Import(markdown);
        var notes = result.Postmortem.Appendix.Notes;

        Assert.Contains("INC-2024-0611", notes, StringComparison.Ordinal);
        Assert.Contains("To prevent similar incidents:", notes, StringComparison.Ordinal);
        Assert.Contains("[Insert graphs of pool usage and checkout errors]", notes, StringComparison.Ordinal);
        Assert.Contains("PR #4411", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("09:20 Status page", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("await using", notes, StringComparison.Ordinal);
        Assert.Contains(result.Notices, n => n.Section == "Prevention" && n.Line == 83);
        Assert.Contains(result.Notices, n => n.Message.Contains("P1 (Critical)", StringComparison.Ordinal));
        Assert.Contains(result.Notices, n => n.Message.Contains("milestone", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ReferenceStyleDocument_IsStableAfterTheFirstRender()
    {
        var markdown = File.ReadAllText(Path.Combine(SharedFiles.RepositoryRoot,
            "tests", "McpPostmortem.Core.Tests", "Import", "reference-style.md"));
        var first = PostmortemRenderer.Render(PostmortemImporter.Import(markdown).Postmortem);

        var second = PostmortemRenderer.Render(PostmortemImporter.Import(first).Postmortem);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Import_UnknownSection_IsKeptInTheAppendixAndReported()
    {
        var markdown = "# Postmortem: X\n\n**Date:** 2025-01-02\n\n## Customer quotes\n\n> It was down.\n";

        var result = PostmortemImporter.Import(markdown);

        Assert.Contains("> It was down.", result.Postmortem.Appendix.Notes, StringComparison.Ordinal);
        var notice = Assert.Single(result.Notices);
        Assert.Equal("Customer quotes", notice.Section);
        Assert.Equal(5, notice.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("just text, no title")]
    [InlineData("# Postmortem: no date\n\n## Summary\n\nx")]
    public void Import_WithoutTitleOrDate_SaysWhatIsMissing(string markdown)
    {
        Assert.Throws<PostmortemException>(() => PostmortemImporter.Import(markdown));
    }

    [Fact]
    public void Import_DateGivenByTheCaller_IsUsed()
    {
        var result = PostmortemImporter.Import("# Postmortem: no date\n", new DateOnly(2025, 2, 3));

        Assert.Equal("2025-02-03-no-date", result.Postmortem.Id);
    }

    private static Postmortem Sample(string name) => name switch
    {
        "reference" => RenderingSamples.Reference(),
        "escapes" => RenderingSamples.Escapes(),
        "empty" => RenderingSamples.Empty(),
        _ => RenderingSamples.Reference() with { Id = "2025-03-14-berlin", TimeZone = "Europe/Berlin" },
    };
}
