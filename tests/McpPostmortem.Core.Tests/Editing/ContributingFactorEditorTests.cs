using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Editing;

public class ContributingFactorEditorTests
{
    [Fact]
    public void Add_Twice_NumbersFactorsInOrder()
    {
        var (first, a) = ContributingFactorEditor.Add(
            Samples.Minimal(), "No canary stage", "Deployment", ["Pushed to all PoPs."]);
        var (second, b) = ContributingFactorEditor.Add(first, "Validator accepted an empty pool", "", []);

        Assert.Equal("cf-1", a.Id);
        Assert.Equal("cf-2", b.Id);
        Assert.Equal("deployment", a.Category);
        Assert.Equal(2, second.ContributingFactors.Count);
    }

    [Fact]
    public void Remove_ThenAdd_DoesNotReuseTheHighestId()
    {
        var (one, _) = ContributingFactorEditor.Add(Samples.Minimal(), "A", "", []);
        var (two, _) = ContributingFactorEditor.Add(one, "B", "", []);
        var removed = ContributingFactorEditor.Remove(two, "cf-1");

        var (_, added) = ContributingFactorEditor.Add(removed, "C", "", []);

        Assert.Equal("cf-3", added.Id);
    }

    [Fact]
    public void Remove_HighestThenAdd_DoesNotReuseIt()
    {
        var (one, _) = ContributingFactorEditor.Add(Samples.Minimal(), "A", "", []);
        var (two, _) = ContributingFactorEditor.Add(one, "B", "", []);
        var removed = ContributingFactorEditor.Remove(two, "cf-2");

        var (_, added) = ContributingFactorEditor.Add(removed, "C", "", []);

        Assert.Equal("cf-3", added.Id);
    }

    [Fact]
    public void Update_UnknownId_SaysWhereIdsAre()
    {
        var error = Assert.Throws<PostmortemException>(() =>
            ContributingFactorEditor.Update(Samples.Minimal(), "cf-9", "T", "", []));

        Assert.Contains("get_postmortem", error.Message, StringComparison.Ordinal);
    }
}
