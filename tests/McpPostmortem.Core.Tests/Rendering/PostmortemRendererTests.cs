using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Rendering.Html;

namespace McpPostmortem.Tests.Rendering;

public sealed class PostmortemRendererTests
{
    [Theory]
    [InlineData("default", "# Postmortem: API outage", "## Contributing factors")]
    [InlineData("google-sre", "# API outage from a database connection leak Postmortem", "**Trigger:**")]
    [InlineData("external", "# Incident report: 2025-03-14", "## What we are doing about it")]
    public void Render_BuiltIn_HasItsSections(string template, string first, string section)
    {
        var text = PostmortemRenderer.Render(RenderingSamples.Reference(), template);

        Assert.StartsWith(first, text, StringComparison.Ordinal);
        Assert.Contains(section, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Default_KeepsTheReferenceOrder()
    {
        var text = PostmortemRenderer.Render(RenderingSamples.Reference());
        string[] order =
        [
            "# Postmortem:", "**Date**", "**Authors**", "**Status**", "**Severity**", "## Summary", "## Impact",
            "## Timeline", "### Metrics", "## Root cause", "## Contributing factors", "## What went well",
            "## What went wrong", "## Action items", "## Lessons learned", "## Related incidents",
            "## Prevention", "## Appendix",
        ];

        var positions = order.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order().ToList(), positions);
    }

    [Fact]
    public void Render_External_LeavesOutNamesOwnersRevenueAndInternals()
    {
        var postmortem = RenderingSamples.Reference() with
        {
            Summary = "Dana Whitfield and Okoro restored the API after 25 minutes; the Observability lead " +
                "saw about $15,000 of lost orders.",
            Impact = RenderingSamples.Reference().Impact with { Other = "Sam answered support tickets." },
        };

        var text = PostmortemRenderer.Render(postmortem, "external");

        string[] forbidden =
        [
            "Dana", "Whitfield", "Sam", "Okoro", "Observability lead", "Quality engineering", "$15,000",
            "15,000", "revenue", "Revenue", "pool.Open", "Load tests were too short", "Tests ran for 5 minutes",
            "Release 2.14.0 deployed", "tracker.example.com", "P1", "SEV2",
        ];
        foreach (var word in forbidden)
        {
            Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        }

        Assert.Contains("- **Duration:** 25 minutes", text, StringComparison.Ordinal);
        Assert.Contains("| 2025-03-14 14:50 | The impact ended", text, StringComparison.Ordinal);
        Assert.Contains("**Detecting problems like this one sooner:** 1 improvement, 1 already done.", text,
            StringComparison.Ordinal);
        Assert.Contains("our team", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_GoogleSre_ShowsTheDebriefs()
    {
        var postmortem = RenderingSamples.Reference() with
        {
            Debriefs = [new DebriefNote { Id = "db-1", Responder = "on-call SRE", Answers = [new DebriefAnswer
            {
                Question = "What did you see first?", Answer = "The pool alarm.",
            }] }],
        };

        var text = PostmortemRenderer.Render(postmortem, "google-sre");

        Assert.Contains("### Responder debriefs\n\n**on-call SRE**\n\n- _What did you see first?_ The pool alarm.",
            text, StringComparison.Ordinal);
        Assert.Contains("no 'where we got lucky' field", PostmortemRenderer.BuiltInTemplates[1].Description,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ExternalWithoutMilestones_SaysTheTimelineIsPending()
    {
        var text = PostmortemRenderer.Render(RenderingSamples.Empty(), "external");

        Assert.Contains("_The timeline is still being established._", text, StringComparison.Ordinal);
        Assert.Contains("_We are planning the follow-up work", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("google-sre")]
    [InlineData("external")]
    public void Render_EmptyPostmortem_DoesNotThrow(string template)
    {
        var text = PostmortemRenderer.Render(RenderingSamples.Empty(), template);

        Assert.Contains("2025-01-02", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntaxError_NamesTemplateLineAndColumn()
    {
        var error = Assert.Throws<PostmortemException>(() =>
            PostmortemRenderer.Parse("# {{ title }}\n\n{{ for x in timeline }}\nno end", "broken"));

        Assert.Contains("'broken'", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"line \d+, column \d+", error.Message);
    }

    [Fact]
    public void Render_UnknownVariable_NamesTemplateLineAndColumn()
    {
        var template = PostmortemRenderer.Parse("# {{ title }}\n\nBy {{ autors }}\n", "typo");

        var error = Assert.Throws<PostmortemException>(() => PostmortemRenderer.Render(template,
            RenderingSamples.Reference()));

        Assert.Contains("'typo' line 3, column 7", error.Message, StringComparison.Ordinal);
        Assert.Contains("autors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownMember_IsAnError()
    {
        var template = PostmortemRenderer.Parse("{{ for e in timeline }}{{ e.actor }}{{ end }}", "member");

        var error = Assert.Throws<PostmortemException>(() => PostmortemRenderer.Render(template,
            RenderingSamples.Reference()));

        Assert.Contains("'member' line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EndlessLoop_StopsAtTheLoopLimit()
    {
        var template = PostmortemRenderer.Parse("start\n{{ while true }}.{{ end }}", "forever");

        var error = Assert.Throws<PostmortemException>(() => PostmortemRenderer.Render(template,
            RenderingSamples.Reference()));

        Assert.Contains("'forever' line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains(PostmortemRenderer.LoopLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EndlessRecursion_StopsAtTheRecursionLimit()
    {
        var template = PostmortemRenderer.Parse("{{ func again\n  ret again\nend\nagain }}", "recursive");

        var error = Assert.Throws<PostmortemException>(() => PostmortemRenderer.Render(template,
            RenderingSamples.Reference()));

        Assert.Contains("'recursive' line", error.Message, StringComparison.Ordinal);
        Assert.Contains("recursive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ExponentialRecursion_StopsAtTheTimeBudgetWithItsOwnMessage()
    {
        var template = PostmortemRenderer.Parse(
            "{{ func f(n)\n  if n <= 0\n    ret 1\n  end\n  ret f(n - 1) + f(n - 1)\nend\nf 40 }}", "fork");

        var error = Assert.Throws<PostmortemException>(() => PostmortemRenderer.Render(template,
            RenderingSamples.Reference()));

        Assert.Contains("'fork' ran for more than 5 seconds", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("cancelled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CatastrophicRegex_StopsWellInsideTheBudget()
    {
        var template = PostmortemRenderer.Parse(
            "{{ x = \"" + new string('a', 100) + "!\"\n" +
            "regex.match x \"^(a+)+$\" }}", "redos");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = Assert.Throws<PostmortemException>(() => PostmortemRenderer.Render(template,
            RenderingSamples.Reference()));

        Assert.Contains("'redos' line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("regular expression ran for more than 1 second", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < PostmortemRenderer.TimeBudget, $"took {clock.Elapsed}");
    }

    [Fact]
    public void Render_OutputOverTheLimit_Fails()
    {
        var template = PostmortemRenderer.Parse("{{ for i in 1..500 }}0123456789{{ end }}", "big");

        var error = Assert.Throws<PostmortemException>(() =>
            PostmortemRenderer.Render(template, RenderingSamples.Reference(), loader: null, maxLength: 1000));

        Assert.Contains("more than 1000 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IncludeWithoutFolder_IsAnError()
    {
        var template = PostmortemRenderer.Parse("{{ include 'other' }}", "lonely");

        var error = Assert.Throws<PostmortemException>(() => PostmortemRenderer.Render(template,
            RenderingSamples.Empty()));

        Assert.Contains("'lonely' line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInText_UnknownName_IsAnError()
    {
        Assert.Throws<PostmortemException>(() => PostmortemRenderer.BuiltInText("nope"));
        Assert.Contains("{{", PostmortemRenderer.BuiltInText("external"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Escapes_StayInsideTheirCells()
    {
        var text = PostmortemRenderer.Render(RenderingSamples.Escapes() with { Timeline = [] }, "default");

        Assert.Contains("# Postmortem: Pipes | and &lt;tags> in the title", text, StringComparison.Ordinal);
        Assert.Contains("- \\# hash first", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SeverityScale_IsShownAsWireName()
    {
        var text = PostmortemRenderer.Render(RenderingSamples.Reference() with { Severity = Severity.Sev1 });

        Assert.Contains("| **Severity** | SEV1 |", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// New York on the night clocks went back: 01:30 EDT, then 01:10 and 01:45 EST. With one offset
    /// in the heading the rows would read 01:30, 01:10, 01:45, unsorted and an hour off.
    /// </summary>
    [Theory]
    [InlineData("default")]
    [InlineData("google-sre")]
    [InlineData("external")]
    public void Render_TimelineAcrossFallBack_EveryRowCarriesItsOffset(string template)
    {
        var postmortem = Tests.TestSupport.Samples.Minimal() with
        {
            TimeZone = "America/New_York",
            IncidentDate = new DateOnly(2025, 11, 2),
            Timeline =
            [
                Tests.TestSupport.Samples.Event("ev-1", "2025-11-02T05:30:00Z", EventKind.Started),
                Tests.TestSupport.Samples.Event("ev-2", "2025-11-02T06:10:00Z", EventKind.Acknowledged),
                Tests.TestSupport.Samples.Event("ev-3", "2025-11-02T06:45:00Z", EventKind.Mitigated),
            ],
        };

        var text = PostmortemRenderer.Render(postmortem, template);

        Assert.Contains("(UTC-04:00 and UTC-05:00)", text, StringComparison.Ordinal);
        Assert.Contains("2025-11-02 01:30 UTC-04:00", text, StringComparison.Ordinal);
        Assert.Contains("2025-11-02 01:10 UTC-05:00", text, StringComparison.Ordinal);
        Assert.Contains("2025-11-02 01:45 UTC-05:00", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("01:30 UTC-04:00", StringComparison.Ordinal)
            < text.IndexOf("01:10 UTC-05:00", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_TimelineWithOneOffset_RowsShowWallClockOnly()
    {
        var text = PostmortemRenderer.Render(RenderingSamples.Reference());

        Assert.DoesNotContain(" and UTC", text, StringComparison.Ordinal);
        Assert.DoesNotContain("daylight saving", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> HostileCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var template in PostmortemRenderer.BuiltInNames)
        {
            foreach (var text in HostileSamples.Texts())
            {
                cases.Add(template, text);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(HostileCases))]
    public void Render_HostileTextInEveryField_KeepsEverySection(string template, string text)
    {
        var expected = Structure(PostmortemRenderer.Render(HostileSamples.Everywhere("plain words"), template));

        foreach (var pipeline in (MarkdownPipeline[])[ImportPipeline, HtmlDocument.Pipeline])
        {
            var markdown = PostmortemRenderer.Render(HostileSamples.Everywhere(text), template);
            var actual = Structure(markdown, pipeline);

            Assert.Equal(expected.Headings, actual.Headings);
            Assert.Equal(expected.DiffFences, actual.DiffFences);
            Assert.True(actual.Tables >= expected.Tables, $"{actual.Tables} tables, expected {expected.Tables}");
            Assert.Empty(actual.Html);
        }
    }

    private static readonly MarkdownPipeline ImportPipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static (List<string> Headings, int Tables, int DiffFences, List<string> Html) Structure(
        string markdown, MarkdownPipeline? pipeline = null)
    {
        var document = Markdown.Parse(markdown, pipeline ?? ImportPipeline);
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => h.Level == 1 ? "#" : new string('#', h.Level) + " " + markdown.Substring(h.Span.Start,
                h.Span.Length).TrimStart('#').Trim())
            .ToList();
        var html = document.Descendants<HtmlBlock>().Select(b => b.Lines.ToString())
            .Where(b => !DocumentData.IsComment(b))
            .Concat(document.Descendants<HtmlInline>().Select(i => i.Tag).Where(t => t != "<br>"))
            .ToList();
        return (headings, document.Descendants<Table>().Count(),
            document.Descendants<FencedCodeBlock>().Count(f => f.Info == "diff"), html);
    }
}
