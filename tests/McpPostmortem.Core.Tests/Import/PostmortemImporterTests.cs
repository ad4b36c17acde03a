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

    [Theory]
    [MemberData(nameof(HostileSamples.Texts), MemberType = typeof(HostileSamples))]
    public void Import_RenderedHostileText_RendersToTheSameFile(string text)
    {
        var first = PostmortemRenderer.Render(HostileSamples.Everywhere(text));

        var imported = PostmortemImporter.Import(first);
        var second = PostmortemRenderer.Render(imported.Postmortem);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Import_RenderedPostmortem_RestoresEveryStoredField()
    {
        var original = RenderingSamples.Reference() with
        {
            Timeline = [.. RenderingSamples.Reference().Timeline.Select((e, i) => e with
            {
                Id = $"ev-{i + 3}",
                Source = EventSource.Pager,
                OriginalTime = "2:15 PM",
                OriginalOffset = "+01:00",
                OriginalText = $"bot  14:{i:00}  message {i}",
            })],
            Debriefs =
            [
                new DebriefNote
                {
                    Id = "db-2",
                    Responder = "on-call SRE",
                    Answers =
                    [
                        new DebriefAnswer
                        {
                            Question = "What did you see first?", Answer = "The alert.\n\n- then a list",
                        },
                        new DebriefAnswer { Question = "What was _unclear_?", Answer = "Nothing." },
                    ],
                },
            ],
            Review = new Model.Review { MeetingHeld = new DateOnly(2025, 3, 18), SharedWith = "#eng-all" },
        };

        var imported = PostmortemImporter.Import(PostmortemRenderer.Render(original));

        Assert.Equal(Json(original), Json(imported.Postmortem));
        Assert.DoesNotContain(imported.Notices, n => n.Message.Contains("class", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ItemEditedAfterRendering_KeepsItsDefaultsAndSaysSo()
    {
        var markdown = PostmortemRenderer.Render(RenderingSamples.Reference())
            .Replace("Add pool usage alerts at 80%", "Add pool alerts at 75%", StringComparison.Ordinal);

        var imported = PostmortemImporter.Import(markdown);

        Assert.Equal([ActionItemClass.Prevent, ActionItemClass.Prevent, ActionItemClass.Mitigate],
            imported.Postmortem.ActionItems.Select(a => a.Class));
        Assert.Equal(["ai-4", "ai-2", "ai-3"], imported.Postmortem.ActionItems.Select(a => a.Id));
        Assert.Contains(imported.Notices, n => n.Message.StartsWith("1 action item(s) carry no class",
            StringComparison.Ordinal));
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

    [Fact]
    public void Import_UnknownActionColumns_AreKeptAndReported()
    {
        var markdown = "# Postmortem: X\n\n**Date:** 2025-01-02\n\n## Action items\n\n" +
            "| Priority | Action | Owner | Due | Status | Notes | Jira |\n|---|---|---|---|---|---|---|\n" +
            "| P1 | Add a guard | SRE | 2025-02-01 | Open | guard in swap step | NET-120 |\n" +
            "| P2 | Page on lag | SRE | 2025-02-02 | Done | done in review | " +
            "[NET-121](https://tracker.example.com/NET-121) |\n";

        var result = PostmortemImporter.Import(markdown);
        var items = result.Postmortem.ActionItems;

        Assert.Equal("Add a guard (NET-120)", items[0].Action);
        Assert.Equal("", items[0].TrackingLink);
        Assert.Equal("Page on lag", items[1].Action);
        Assert.Equal("https://tracker.example.com/NET-121", items[1].TrackingLink);
        Assert.Contains("action item 1 (Add a guard (NET-120)): Notes: guard in swap step",
            result.Postmortem.Appendix.Notes, StringComparison.Ordinal);
        Assert.Contains("Notes: done in review", result.Postmortem.Appendix.Notes, StringComparison.Ordinal);
        Assert.Contains(result.Notices, n => n.Message.Contains("column 'Notes'", StringComparison.Ordinal));
        Assert.Contains(result.Notices, n => n.Message.Contains("'NET-120' is not an http", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[SRCH-881](https://tracker.example.com/SRCH-881)", "https://tracker.example.com/SRCH-881", "Fix it")]
    [InlineData("https://tracker.example.com/SRCH-9", "https://tracker.example.com/SRCH-9", "Fix it")]
    [InlineData("SRCH-882", "", "Fix it (SRCH-882)")]
    [InlineData("[SRCH-883](/browse/SRCH-883)", "", "Fix it (SRCH-883)")]
    [InlineData("_none_", "", "Fix it")]
    public void Import_TicketCell_IsCheckedLikeAddActionItem(string cell, string link, string action)
    {
        var markdown = "# Postmortem: X\n\n**Date:** 2025-01-02\n\n## Action items\n\n" +
            $"| Action | Owner | Ticket |\n|---|---|---|\n| Fix it | SRE | {cell} |\n";

        var item = Assert.Single(PostmortemImporter.Import(markdown).Postmortem.ActionItems);

        Assert.Equal(link, item.TrackingLink);
        Assert.Equal(action, item.Action);
    }

    [Theory]
    [InlineData("All times PST (America/Los_Angeles).", "| Time (PST) |", "America/Los_Angeles",
        "2025-07-09T16:12:00Z")]
    [InlineData("All times Pacific (America/Los_Angeles).", "| Time (America/Los_Angeles) |", "America/Los_Angeles",
        "2025-07-09T16:12:00Z")]
    [InlineData("All times are CET (Europe/Berlin).", "| Time |", "Europe/Berlin", "2025-07-09T07:12:00Z")]
    [InlineData("", "| Time (America/Los_Angeles) |", "America/Los_Angeles", "2025-07-09T16:12:00Z")]
    [InlineData("All times PST.", "| Time |", "America/Los_Angeles", "2025-07-09T16:12:00Z")]
    [InlineData("All times UTC+2.", "| Time |", "Etc/GMT-2", "2025-07-09T07:12:00Z")]
    [InlineData("", "| Time |", "UTC", "2025-07-09T09:12:00Z")]
    public void Import_StatedZone_IsTheIncidentZone(string statement, string header, string zone, string first)
    {
        var markdown = "# Postmortem: X\n\n**Date:** 2025-07-09\n\n## Timeline\n\n" + statement + "\n\n" +
            header + " Event |\n|---|---|\n| 09:12 | Alert fired |\n| 22:47 UTC | Closed |\n";

        var p = PostmortemImporter.Import(markdown).Postmortem;

        Assert.Equal(zone, p.TimeZone);
        Assert.Equal(DateTimeOffset.Parse(first, System.Globalization.CultureInfo.InvariantCulture),
            p.Timeline[0].Time);
        Assert.Equal("Closed", p.Timeline[^1].Description);
    }

    [Theory]
    [InlineData("**Timezone:** Asia/Tokyo", "", "Asia/Tokyo", "2025-07-09T00:12:00Z")]
    [InlineData("**Time zone:** JST (Asia/Tokyo)", "", "Asia/Tokyo", "2025-07-09T00:12:00Z")]
    [InlineData("**Timezone:** Asia/Tokyo", "All times CET (Europe/Berlin).", "Europe/Berlin",
        "2025-07-09T07:12:00Z")]
    public void Import_ZoneHeaderField_ReadsTheTimelineUnlessItNamesItsOwn(string field, string statement,
        string zone, string first)
    {
        var markdown = "# Postmortem: X\n\n**Date:** 2025-07-09\n\n" + field + "\n\n## Timeline\n\n" +
            statement + "\n\n| Time | Event |\n|---|---|\n| 09:12 | Alert fired |\n";

        var result = PostmortemImporter.Import(markdown);

        Assert.Equal(zone, result.Postmortem.TimeZone);
        Assert.Equal(DateTimeOffset.Parse(first, System.Globalization.CultureInfo.InvariantCulture),
            result.Postmortem.Timeline[0].Time);
        Assert.DoesNotContain(result.Notices, n => n.Message.Contains("not recognised", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ZoneHeaderFieldWithoutATimeline_IsTheIncidentZone()
    {
        var markdown = "# Postmortem: X\n\n**Date:** 2025-07-09\n\n**Timezone:** Asia/Tokyo\n\n" +
            "## Summary\n\nSearch was slow.\n";

        Assert.Equal("Asia/Tokyo", PostmortemImporter.Import(markdown).Postmortem.TimeZone);
    }

    [Fact]
    public void Import_AbbreviationOffByDaylightTime_IsReported()
    {
        var markdown = "# Postmortem: X\n\n**Date:** 2025-07-09\n\n## Timeline\n\nAll times PST.\n\n" +
            "| Time | Event |\n|---|---|\n| 09:12 | Alert fired |\n";

        var result = PostmortemImporter.Import(markdown);

        Assert.Contains(result.Notices, n => n.Message.Contains("'PST' was read as America/Los_Angeles",
            StringComparison.Ordinal) && n.Message.Contains("UTC-07:00", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_AmbiguousZone_IsReportedAndReadAsUtc()
    {
        var markdown = "# Postmortem: X\n\n**Date:** 2025-07-09\n\n## Timeline\n\nAll times CST.\n\n" +
            "| Time | Event |\n|---|---|\n| 09:12 | Alert fired |\n";

        var result = PostmortemImporter.Import(markdown);

        Assert.Equal("UTC", result.Postmortem.TimeZone);
        Assert.Contains(result.Notices, n => n.Message.Contains("'CST' is ambiguous", StringComparison.Ordinal)
            && n.Message.Contains("America/Chicago", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_HeaderVariants_AreRead()
    {
        var markdown = "Postmortem: Payment authorisation failover\n=====================================\n\n" +
            "**Date:** 2025-05-02\n\n**Authors:** Lena Fischer (IC); Marcus Oyelaran (payments SRE, on call); " +
            "Ji-ho Park\n\n## Contributing factors\n\n1. **No canary** — the change went everywhere\n" +
            "2. **Stale runbook** – it named the old host\n3. **Alert gap** - nothing paged\n";

        var p = PostmortemImporter.Import(markdown).Postmortem;

        Assert.Equal("Payment authorisation failover", p.Title);
        Assert.Equal([("Lena Fischer", "IC"), ("Marcus Oyelaran", "payments SRE, on call"), ("Ji-ho Park", "")],
            p.Authors.Select(a => (a.Name, a.Role)));
        Assert.Equal(["No canary", "Stale runbook", "Alert gap"], p.ContributingFactors.Select(f => f.Title));
        Assert.Equal(["the change went everywhere", "it named the old host", "nothing paged"],
            p.ContributingFactors.Select(f => f.Points[0]));
    }

    [Fact]
    public void Import_HtmlComments_AreLeftOutAndReported()
    {
        var markdown = "<!-- Template v3 - delete the guidance comments -->\n# Postmortem: X\n\n" +
            "**Date:** 2025-01-02\n\n" +
            "## Summary\n\nThe API failed <!-- say for how long -->for 5 minutes.\n\n## Glossary\n\n" +
            "<!--\nmulti-line\n-->\n- TTL: time to live\n- SLO: objective\n";

        var result = PostmortemImporter.Import(markdown);
        var rendered = PostmortemRenderer.Render(result.Postmortem);

        Assert.Equal("The API failed for 5 minutes.", result.Postmortem.Summary);
        Assert.DoesNotContain("<!--", result.Postmortem.Appendix.Notes, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", result.Postmortem.Appendix.Notes, StringComparison.Ordinal);
        Assert.Contains("- TTL: time to live", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("\\- TTL", rendered, StringComparison.Ordinal);
        Assert.Equal(3, result.Notices.Count(n => n.Message.StartsWith("The HTML comment", StringComparison.Ordinal)));
    }

    [Fact]
    public void Import_KeptHeadings_StayInsideTheAppendix()
    {
        var markdown = "# Postmortem: X\n\n**Date:** 2025-01-02\n\n## Where we got lucky\n\n### Timing\n\n" +
            "- It happened at low traffic.\n";

        var result = PostmortemImporter.Import(markdown);
        var first = PostmortemRenderer.Render(result.Postmortem);
        var second = PostmortemRenderer.Render(PostmortemImporter.Import(first).Postmortem);

        Assert.Contains("#### Timing", first, StringComparison.Ordinal);
        Assert.Contains("\n- It happened at low traffic.", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
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

    private static string Json(Postmortem postmortem) =>
        System.Text.Json.JsonSerializer.Serialize(postmortem with { Id = "x" },
            McpPostmortem.Serialization.PostmortemJsonContext.Default.Postmortem);

    private static Postmortem Sample(string name) => name switch
    {
        "reference" => RenderingSamples.Reference(),
        "escapes" => RenderingSamples.Escapes(),
        "empty" => RenderingSamples.Empty(),
        _ => RenderingSamples.Reference() with { Id = "2025-03-14-berlin", TimeZone = "Europe/Berlin" },
    };
}
