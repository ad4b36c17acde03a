using McpPostmortem.Rendering;

namespace McpPostmortem.Tests.Rendering;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("a | b", "a \\| b")]
    [InlineData("line one\nline two", "line one<br>line two")]
    [InlineData("line one\r\nline two", "line one<br>line two")]
    [InlineData("<script>x</script>", "&lt;script>x&lt;/script>")]
    [InlineData("", "")]
    public void Cell_UserText_StaysInOneCell(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Cell(text));
    }

    [Theory]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("*emphasis* stays", "*emphasis* stays")]
    [InlineData("two\nlines", "two lines")]
    public void Line_LeadingMarker_IsEscaped(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Line(text));
    }

    [Fact]
    public void Block_EachLine_EscapesItsOwnLeadingMarker()
    {
        Assert.Equal("First.\n\\## Second", MarkdownText.Block("First.\n## Second"));
    }

    [Fact]
    public void Fence_CodeContainingFence_UsesLongerFence()
    {
        var fenced = MarkdownText.Fence("a\n```\nb", "diff");

        Assert.StartsWith("````diff\n", fenced, StringComparison.Ordinal);
        Assert.EndsWith("\n````", fenced, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://x.example/a b", "https://x.example/a%20b")]
    [InlineData("https://x.example/a)b", "https://x.example/a%29b")]
    public void Url_CharactersThatEndALink_AreEncoded(string url, string expected)
    {
        Assert.Equal(expected, MarkdownText.Url(url));
    }
}
