using System.Diagnostics;
using System.Text;
using McpPostmortem.Linting;

namespace McpPostmortem.Tests.Linting;

public sealed class MarkdownMaskTests
{
    [Fact]
    public void Mask_ShortFenceInsideLongerFence_DoesNotCloseIt()
    {
        var markdown = "Intro.\n````markdown\n```\nthe on-call was careless\n```\n````\nAfter.";

        var masked = MarkdownMask.Mask(markdown);

        Assert.DoesNotContain("careless", masked, StringComparison.Ordinal);
        Assert.Contains("After.", masked, StringComparison.Ordinal);
        Assert.Equal(markdown.Length, masked.Length);
    }

    [Fact]
    public void Mask_TildeLineInsideBacktickFence_DoesNotCloseIt()
    {
        var masked = MarkdownMask.Mask("```\n~~~\nthe DBA was sloppy\n```\nAfter.");

        Assert.DoesNotContain("sloppy", masked, StringComparison.Ordinal);
        Assert.Contains("After.", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_ClosingFenceWithInfoString_DoesNotCloseIt()
    {
        var masked = MarkdownMask.Mask("```\n``` text\nthe DBA was sloppy\n```\nAfter.");

        Assert.DoesNotContain("sloppy", masked, StringComparison.Ordinal);
        Assert.Contains("After.", masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a `x` b", "a     b")]
    [InlineData("a ``x ` y`` b", "a           b")]
    [InlineData("a ``x` b", "a ``x` b")]
    [InlineData("`a ``b`` c` d", "            d")]
    public void Mask_InlineCodeSpans_BlanksOnlyMatchedRuns(string line, string expected)
    {
        Assert.Equal(expected, MarkdownMask.Mask(line));
    }

    [Fact]
    public void Mask_MegabyteLineOfBacktickRunsOfManyLengths_FinishesWellUnderASecond()
    {
        var text = new StringBuilder();
        // Every run has a length of its own, so none closes: the worst case for a rescan per run.
        for (var n = 1; text.Length < 1_000_000; n++)
        {
            text.Append('x').Append('`', n);
        }

        var watch = Stopwatch.StartNew();
        var masked = MarkdownMask.Mask(text.ToString());
        watch.Stop();

        Assert.Equal(text.Length, masked.Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed.TotalSeconds:0.00} s");
    }
}
