using McpPostmortem.Model;
using McpPostmortem.Rendering.Html;

namespace McpPostmortem.Tests.Rendering.Html;

public sealed class IncidentChartTests
{
    [Fact]
    public void Svg_Reference_HasOneBarPerPhase()
    {
        var svg = IncidentChart.Svg(RenderingSamples.Reference());

        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(svg, "<rect "));
        Assert.Contains("Started → detected", svg, StringComparison.Ordinal);
        Assert.Contains("Mitigated → resolved", svg, StringComparison.Ordinal);
        Assert.Contains(">14:32<", svg, StringComparison.Ordinal);
        Assert.Contains(">7 min<", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_TimesAreShownInTheIncidentZone()
    {
        var svg = IncidentChart.Svg(RenderingSamples.Reference() with { TimeZone = "Europe/Berlin" });

        Assert.Contains(">15:32<", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_OneMilestone_IsEmpty()
    {
        var one = RenderingSamples.Reference() with
        {
            Timeline = [.. RenderingSamples.Reference().Timeline
                .Where(e => e.Kind == EventKind.Detected || e.Kind > EventKind.Resolved)],
        };

        Assert.Equal("", IncidentChart.Svg(one));
    }
}
