using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Editing;

public class PostmortemEditorTests
{
    [Fact]
    public void Create_TitleWithPostmortemPrefix_DropsThePrefix()
    {
        var postmortem = PostmortemEditor.Create(
            "Postmortem: Edge 502s", "2025-07-09", Severity.Sev1, "Europe/Berlin", [], "");

        Assert.Equal("Edge 502s", postmortem.Title);
        Assert.Equal("2025-07-09-edge-502s", postmortem.Id);
    }

    [Theory]
    [InlineData("", "2025-07-09", "UTC", "title")]
    [InlineData("Edge 502s", "09/07/2025", "UTC", "incident_date")]
    [InlineData("Edge 502s", "2025-07-09", "CET", "timezone")]
    [InlineData("Edge 502s", "2025-07-09", "Europe/Nowhere", "timezone")]
    public void Create_BadArgument_NamesTheArgument(string title, string date, string zone, string argument)
    {
        var error = Assert.Throws<PostmortemException>(() =>
            PostmortemEditor.Create(title, date, Severity.Sev2, zone, [], ""));

        Assert.Contains($"'{argument}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetHeader_EmptyArguments_KeepEverything()
    {
        var original = Samples.Minimal();

        var changed = PostmortemEditor.SetHeader(original, "", "", "", "", null);

        Assert.Equal(original, changed);
    }

    [Fact]
    public void SetHeader_Severity_ParsesDocumentedNameIgnoringCase()
    {
        var changed = PostmortemEditor.SetHeader(Samples.Minimal(), "", "", "sev3", "", null);

        Assert.Equal(Severity.Sev3, changed.Severity);
    }

    [Theory]
    [InlineData(ListSection.WentWell)]
    [InlineData(ListSection.WentWrong)]
    [InlineData(ListSection.LessonsLearned)]
    [InlineData(ListSection.Prevention)]
    public void SetList_AppendThenReplace_ChangesOnlyThatSection(ListSection section)
    {
        var first = PostmortemEditor.SetList(Samples.Minimal(), section, ["One.", "  ", "Two."], append: false);
        var appended = PostmortemEditor.SetList(first, section, ["Three."], append: true);
        var replaced = PostmortemEditor.SetList(appended, section, ["Only."], append: false);

        Assert.Equal(["One.", "Two."], PostmortemEditor.Get(first, section));
        Assert.Equal(["One.", "Two.", "Three."], PostmortemEditor.Get(appended, section));
        Assert.Equal(["Only."], PostmortemEditor.Get(replaced, section));
        Assert.Equal(1, new[] { replaced.WentWell, replaced.WentWrong, replaced.LessonsLearned, replaced.Prevention }
            .Count(l => l.Count > 0));
    }

    [Fact]
    public void SetSummary_OverLimit_IsRefusedWithTheLimit()
    {
        var error = Assert.Throws<PostmortemException>(() =>
            PostmortemEditor.SetSummary(Samples.Minimal(), new string('x', Limits.MaxTextLength + 1)));

        Assert.Contains(Limits.MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData("file:///etc/passwd")]
    public void AddRelatedIncident_LinkNotHttp_IsRefused(string link)
    {
        Assert.Throws<PostmortemException>(() =>
            PostmortemEditor.AddRelatedIncident(Samples.Minimal(), "2024-10-01", "Same trigger.", link));
    }
}
