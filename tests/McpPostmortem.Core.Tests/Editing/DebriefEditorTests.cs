using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Linting;
using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Editing;

public sealed class DebriefEditorTests
{
    private static readonly DebriefAnswer FirstSignal = new()
    {
        Question = "What was the first signal you saw?",
        Answer = "The 5xx alert paged me at 14:32.",
    };

    [Fact]
    public void Add_TwoResponders_NumbersDebriefsInOrder()
    {
        var (once, first) = DebriefEditor.Add(Samples.Minimal(), "on-call SRE", [FirstSignal]);
        var (twice, second) = DebriefEditor.Add(once, " incident commander ", [FirstSignal]);

        Assert.Equal("db-1", first.Id);
        Assert.Equal("db-2", second.Id);
        Assert.Equal("incident commander", twice.Debriefs[1].Responder);
        Assert.Equal(FirstSignal, twice.Debriefs[0].Answers[0]);
    }

    [Theory]
    [InlineData("", "q", "a", "'responder'")]
    [InlineData("on-call SRE", "", "a", "'answers[0].question'")]
    [InlineData("on-call SRE", "q", " ", "'answers[0].answer'")]
    public void Add_MissingText_NamesTheArgument(string responder, string question, string answer, string argument)
    {
        var ex = Assert.Throws<PostmortemException>(() =>
            DebriefEditor.Add(Samples.Minimal(), responder, [new DebriefAnswer { Question = question, Answer = answer }]));

        Assert.Contains(argument, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_NoAnswers_IsRefused()
    {
        var ex = Assert.Throws<PostmortemException>(() => DebriefEditor.Add(Samples.Minimal(), "on-call SRE", []));

        Assert.Contains("'answers'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enumerate_DebriefAnswer_IsLintedWithItsPlace()
    {
        var blameful = new DebriefAnswer { Question = "What happened?", Answer = "I should have checked the pool." };
        var (postmortem, _) = DebriefEditor.Add(Samples.Minimal(), "on-call SRE", [blameful]);

        var findings = new BlameLinter().LintPostmortem(postmortem);

        var finding = Assert.Single(findings, f => f.Location.Section == "debriefs");
        Assert.Equal("blame/counterfactual", finding.RuleId);
        Assert.Equal("db-1", finding.Location.ItemId);
    }

    [Fact]
    public void Render_Debrief_AppearsInTheAppendix()
    {
        var (postmortem, _) = DebriefEditor.Add(Samples.Minimal(), "on-call SRE", [FirstSignal]);

        var markdown = PostmortemRenderer.Render(postmortem);

        var appendix = markdown.IndexOf("## Appendix", StringComparison.Ordinal);
        var debriefs = markdown.IndexOf("### Responder debriefs", StringComparison.Ordinal);
        Assert.True(appendix > 0 && debriefs > appendix);
        Assert.Contains("**on-call SRE**", markdown, StringComparison.Ordinal);
        Assert.Contains("- _What was the first signal you saw?_ The 5xx alert paged me at 14:32.", markdown,
            StringComparison.Ordinal);
        Assert.DoesNotContain("_Nothing attached._", markdown, StringComparison.Ordinal);
    }
}
