using McpPostmortem.Errors;
using McpPostmortem.Linting;

namespace McpPostmortem.Tests.Linting;

public sealed class BlameConfigTests
{
    [Theory]
    [InlineData("phrase loaded-idiom\n", 1, "phrase <category>")]
    [InlineData("# team rules\n\nfrobnicate x\n", 3, "unknown directive")]
    [InlineData("allow blast radius\nphrase no-such-family yeeted\n", 2, "unknown category")]
    [InlineData("severity counterfactual loud\n", 1, "unknown severity")]
    [InlineData("phrase loaded-idiom ~3\n", 1, "bad phrase")]
    public void Parse_BadLine_ThrowsNamingTheLine(string text, int line, string reason)
    {
        var ex = Assert.Throws<PostmortemException>(() => BlameConfig.Parse(text, ".blamelint"));

        Assert.Contains($".blamelint: line {line}:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AddedPhrase_IsFlaggedInItsCategory()
    {
        var config = BlameConfig.Parse("phrase loaded-idiom yeeted  # team slang\n", "cfg");

        var findings = new BlameLinter(config).LintText("Then Ana yeeted the config to production.");

        Assert.Equal("loaded-idiom", Assert.Single(findings).Category);
    }

    [Theory]
    [InlineData("Then Ana yeeted the config to production.")]
    [InlineData("Ana keeps yeeting configs to production.")]
    public void Parse_PhraseWithInflectionMark_MatchesEveryForm(string sentence)
    {
        var config = BlameConfig.Parse("phrase loaded-idiom person yeet+\n", "cfg");

        Assert.Contains(new BlameLinter(config).LintText(sentence), f => f.Category == "loaded-idiom");
    }

    [Fact]
    public void Parse_AllowedTerm_IsNotFlagged()
    {
        var config = BlameConfig.Parse("allow dropped the ball\n", "cfg");

        Assert.Empty(new BlameLinter(config).LintText("The team dropped the ball."));
    }

    [Theory]
    [InlineData("allow mistake-proofing", "It was a simple mistake.")]
    [InlineData("allow never again", "Ana never updated the runbook.")]
    public void Parse_AllowedTerm_DoesNotHideFindingsWithoutTheTerm(string directive, string sentence)
    {
        var config = BlameConfig.Parse(directive + "\n", "cfg");

        Assert.NotEmpty(new BlameLinter(config).LintText(sentence));
    }

    [Fact]
    public void Parse_SeverityOverride_ChangesOrSilencesTheCategory()
    {
        var config = BlameConfig.Parse("severity blame/hindsight-obviousness warning\nseverity loaded-idiom off", "cfg");
        var linter = new BlameLinter(config);

        Assert.Equal(FindingSeverity.Warning, Assert.Single(linter.LintText("It was obvious.")).Severity);
        Assert.Empty(linter.LintText("Ana fat-fingered the command."));
    }

    [Fact]
    public void LoadFromFolder_NoFile_IsEmpty()
    {
        var folder = Path.Combine(Path.GetTempPath(), "blamelint-" + Guid.NewGuid().ToString("N"));

        Assert.Same(BlameConfig.Empty, BlameConfig.LoadFromFolder(folder));
    }
}
