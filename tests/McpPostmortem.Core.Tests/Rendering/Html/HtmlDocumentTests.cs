using System.Text.RegularExpressions;
using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Rendering.Html;

namespace McpPostmortem.Tests.Rendering.Html;

public sealed class HtmlDocumentTests
{
    [Fact]
    public void Render_Reference_IsOneSelfContainedPage()
    {
        var postmortem = RenderingSamples.Reference();
        var html = HtmlDocument.Render(PostmortemRenderer.Render(postmortem), postmortem);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Postmortem: API outage from a database connection leak</title>", html,
            StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"contributing-factors\">Contributing factors</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains(HtmlDocument.ContentSecurityPolicy, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_ChartFollowsTheTimelineSection()
    {
        var postmortem = RenderingSamples.Reference();
        var html = HtmlDocument.Render(PostmortemRenderer.Render(postmortem), postmortem);

        var chart = html.IndexOf("<figure class=\"incident-chart\">", StringComparison.Ordinal);
        Assert.True(chart > html.IndexOf(">Metrics</h3>", StringComparison.Ordinal));
        Assert.True(chart < html.IndexOf(">Root cause</h2>", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_TemplateChart_IsReplacedByTheSvg()
    {
        var postmortem = RenderingSamples.Reference();

        var html = HtmlDocument.Render(PostmortemRenderer.Render(postmortem), postmortem);

        Assert.DoesNotContain("language-mermaid", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "<svg "));
    }

    [Fact]
    public void Render_UserMermaidBlock_StaysACodeBlock()
    {
        var postmortem = RenderingSamples.Reference() with
        {
            RootCause = new RootCause { Text = "The flow:\n\n```mermaid\ngraph TD\n  A-->B\n```\n\nThen it broke." },
        };

        var html = HtmlDocument.Render(PostmortemRenderer.Render(postmortem), postmortem);

        Assert.Contains("<code class=\"language-mermaid\">graph TD", html, StringComparison.Ordinal);
        Assert.Contains("Then it broke.", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "<svg "));
    }

    [Fact]
    public void Render_UserMermaidWithoutMilestones_StaysAndNoChartIsDrawn()
    {
        var html = HtmlDocument.Render("# T\n\n```mermaid\ngantt\n```\n", RenderingSamples.Empty());

        Assert.Contains("language-mermaid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UserImage_BecomesALinkAndNothingIsFetched()
    {
        var postmortem = RenderingSamples.Reference() with
        {
            Summary = "See ![the graph](http://evil.example/y.png) and ![](https://x.example/z.png).",
        };

        var html = HtmlDocument.Render(PostmortemRenderer.Render(postmortem), postmortem);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://evil.example/y.png\">the graph</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://x.example/z.png\">https://x.example/z.png</a>", html,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](javascript&#58;alert(1))")]
    [InlineData("[click]( javascript:alert(1) )")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("![click](javascript:alert(1))")]
    public void Render_UnsafeLink_BecomesText(string link)
    {
        var postmortem = RenderingSamples.Reference() with { Summary = $"Please {link} now." };

        var html = HtmlDocument.Render(PostmortemRenderer.Render(postmortem), postmortem);

        Assert.Contains("Please click now.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:text", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SafeLinks_Stay()
    {
        var postmortem = RenderingSamples.Reference() with
        {
            Summary = "[wiki](https://wiki.example.com/x), [mail](mailto:oncall@example.com), [up](#impact).",
        };

        var html = HtmlDocument.Render(PostmortemRenderer.Render(postmortem), postmortem);

        Assert.Contains("<a href=\"https://wiki.example.com/x\">wiki</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:oncall@example.com\">mail</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#impact\">up</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HeaderTable_HasNoEmptyHeaderRow()
    {
        var postmortem = RenderingSamples.Reference();

        var html = HtmlDocument.Render(PostmortemRenderer.Render(postmortem), postmortem);
        var header = html[..html.IndexOf("<h2", StringComparison.Ordinal)];

        Assert.DoesNotContain("<thead>", header, StringComparison.Ordinal);
        Assert.Contains("<strong>Date</strong>", header, StringComparison.Ordinal);
        Assert.Contains("<thead>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DocumentData_IsLeftOut()
    {
        var postmortem = RenderingSamples.Reference();
        var markdown = PostmortemRenderer.Render(postmortem);

        var html = HtmlDocument.Render(markdown, postmortem);

        Assert.Contains(DocumentData.Marker, markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(DocumentData.Marker, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EscapedText_StaysText()
    {
        var postmortem = RenderingSamples.Escapes();
        var html = HtmlDocument.Render(PostmortemRenderer.Render(postmortem), postmortem);

        Assert.Contains("<title>Postmortem: Pipes | and &lt;tags&gt; in the title</title>", html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("<b>tag</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<tags>", html, StringComparison.Ordinal);
    }
}
