using McpPostmortem.Linting;

namespace McpPostmortem.Tests.Linting;

public sealed class MorphologyTests
{
    [Theory]
    [InlineData("slip", "slipped")]
    [InlineData("slip", "slipping")]
    [InlineData("slip", "slips")]
    [InlineData("hurry", "hurried")]
    [InlineData("hurry", "hurries")]
    [InlineData("omit", "omitted")]
    [InlineData("neglect", "neglected")]
    [InlineData("bypass", "bypasses")]
    [InlineData("override", "overriding")]
    public void Inflections_VerbLemma_IncludesTheForm(string lemma, string form)
    {
        Assert.Contains(form, Morphology.Inflections(lemma));
    }

    [Theory]
    [InlineData("evident", "evidently")]
    [InlineData("sloppy", "sloppily")]
    [InlineData("sloppy", "sloppiness")]
    [InlineData("lax", "laxness")]
    [InlineData("predictable", "predictably")]
    [InlineData("inevitable", "inevitability")]
    public void AdjectiveForms_Adjective_IncludesAdverbAndNoun(string lemma, string form)
    {
        Assert.Contains(form, Morphology.AdjectiveForms(lemma));
    }
}
