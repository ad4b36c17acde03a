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

    [Theory]
    [InlineData("```", "\\`\\`\\`")]
    [InlineData("~~~ info", "\\~\\~\\~ info")]
    [InlineData("``` code ``` stays inline", "``` code ``` stays inline")]
    [InlineData("**bold** start", "**bold** start")]
    [InlineData("* item", "\\* item")]
    [InlineData("___", "\\___")]
    [InlineData("[ref]: https://x.example", "\\[ref]: https://x.example")]
    [InlineData("Issue #", "Issue \\#")]
    [InlineData("a < b and `List<int>`", "a < b and `List<int>`")]
    [InlineData("<div> and <!-- x", "&lt;div> and &lt;!-- x")]
    public void Line_BlockStartsAndTags_AreEscaped(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Line(text));
    }

    [Fact]
    public void Block_OpenFence_IsEscapedAndClosedFenceKept()
    {
        Assert.Equal("Start.\n\\`\\`\\`js\nno end", MarkdownText.Block("Start.\n```js\nno end"));
        Assert.Equal("Start.\n```js\n# code <b>\n```\nafter",
            MarkdownText.Block("Start.\n```js\n# code <b>\n```\nafter"));
    }

    [Fact]
    public void Block_DelimiterRow_CannotMakeATable()
    {
        Assert.Equal("a | b\n\\:--\\|--", MarkdownText.Block("a | b\n:--|--"));
        Assert.Equal("a | b\n\\|---\\|---\\|", MarkdownText.Block("a | b\n|---|---|"));
    }

    [Fact]
    public void Markdown_KeepsListsAndDeepHeadingsButNotSections()
    {
        var text = "## Section\n#### Deep\n- item\n> quote\n| a | b |\n|---|---|\ntext\n---\n<!-- c -->";

        Assert.Equal("\\## Section\n#### Deep\n- item\n> quote\n| a | b |\n|---|---|\ntext\n\\---\n&lt;!-- c -->",
            MarkdownText.Markdown(text));
    }

    [Fact]
    public void Item_LaterLines_AreIndentedIntoTheItem()
    {
        Assert.Equal("one\n  - two\n\n  three", MarkdownText.Item("one\n- two\n\nthree").Replace("\\-", "-",
            StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(HostileSamples.Texts), MemberType = typeof(HostileSamples))]
    public void Escapes_UndoneByImport_RenderTheSame(string text)
    {
        var block = MarkdownText.Block(text);
        var markdown = MarkdownText.Markdown(text);
        var line = MarkdownText.Line(text);
        var cell = MarkdownText.Cell(text);
        var item = MarkdownText.Item(text);

        Assert.Equal(block, MarkdownText.Block(McpPostmortem.Import.MarkdownSource.Block(block)));
        Assert.Equal(markdown, MarkdownText.Markdown(McpPostmortem.Import.MarkdownSource.Markdown(markdown)));
        Assert.Equal(line, MarkdownText.Line(McpPostmortem.Import.MarkdownSource.Line(line)));
        Assert.Equal(cell, MarkdownText.Cell(McpPostmortem.Import.MarkdownSource.Cell(cell)));
        Assert.Equal(item, MarkdownText.Item(McpPostmortem.Import.MarkdownSource.Item(item, 2)));
    }
}
