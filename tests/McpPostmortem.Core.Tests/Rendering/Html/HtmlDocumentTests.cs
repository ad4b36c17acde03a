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
    public void Render_MermaidBlock_IsReplacedByTheChart()
    {
        var postmortem = RenderingSamples.Reference();
        var markdown = "# T\n\n## Timeline\n\n```mermaid\ngantt\n  title x\n```\n\n## Next\n";

        var html = HtmlDocument.Render(markdown, postmortem);

        Assert.DoesNotContain("gantt", html, StringComparison.Ordinal);
        Assert.DoesNotContain("language-mermaid", html, StringComparison.Ordinal);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "<svg "));
    }

    [Fact]
    public void Render_MermaidWithoutMilestones_IsLeftOut()
    {
        var html = HtmlDocument.Render("# T\n\n```mermaid\ngantt\n```\n", RenderingSamples.Empty());

        Assert.DoesNotContain("gantt", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
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
