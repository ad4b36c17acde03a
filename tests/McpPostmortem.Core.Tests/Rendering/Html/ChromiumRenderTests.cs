using System.Diagnostics;
using McpPostmortem.Rendering;
using McpPostmortem.Rendering.Html;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Rendering.Html;

/// <summary>
/// Opens rendered HTML in headless Chromium (Debian's chromium package): the screenshot is not blank,
/// the headings are in the DOM, and the console shows nothing. Skipped where Chromium is absent,
/// unless MCP_POSTMORTEM_REQUIRE_CHROMIUM=1 (as .ci/html-check.sh sets) makes that a failure.
/// </summary>
public sealed class ChromiumRenderTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("default", "Postmortem: API outage from a database connection leak", "Contributing factors")]
    public void Chromium_RenderedHtml_ShowsTheDocument(string template, string title, string heading)
    {
        RequireChromium();
        var postmortem = RenderingSamples.Reference();
        var page = Path.Combine(_directory.Path, $"{template}.html");
        File.WriteAllText(page, HtmlDocument.Render(PostmortemRenderer.Render(postmortem, template), postmortem));
        var screenshot = Path.Combine(_directory.Path, $"{template}.png");

        var shot = Run($"--screenshot={screenshot} --window-size=1000,1600", page, "shot");
        var dom = Run("--dump-dom", page, "dom");

        var image = PngImage.Decode(File.ReadAllBytes(screenshot));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{template}: screenshot {image.Width}x{image.Height}, {image.DistinctColours()} colours, " +
            $"{image.InkShare():P1} non-white; DOM {dom.Output.Length} characters; " +
            $"{shot.Log.Concat(dom.Log).Count(l => l.Contains(":CONSOLE", StringComparison.Ordinal))} console lines");
        Assert.True(image.Width >= 1000 && image.Height >= 1600, $"screenshot {image.Width}x{image.Height}");
        Assert.True(image.DistinctColours() > 16, $"only {image.DistinctColours()} colours: the page looks blank");
        Assert.True(image.InkShare() > 0.01, $"only {image.InkShare():P2} of the pixels are not white");
        Assert.Contains($">{title}</h1>", dom.Output, StringComparison.Ordinal);
        Assert.Contains($">{heading}</h2>", dom.Output, StringComparison.Ordinal);
        Assert.Contains("<svg", dom.Output, StringComparison.Ordinal);
        var console = shot.Log.Concat(dom.Log).Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        Assert.True(console.Count == 0, "console messages:\n" + string.Join('\n', console));
    }

    [Theory]
    [InlineData("default")]
    [InlineData("google-sre")]
    [InlineData("external")]
    public void Chromium_HostileText_KeepsEveryHeadingAndFetchesNothing(string template)
    {
        RequireChromium();
        var postmortem = HostileSamples.Everywhere(
            "```\n<img src=\"http://evil.example/x.png\">\n![y](http://evil.example/y.png)\n[z](javascript:alert(1))");
        var markdown = PostmortemRenderer.Render(postmortem, template);
        var page = Path.Combine(_directory.Path, $"hostile-{template}.html");
        File.WriteAllText(page, HtmlDocument.Render(markdown, postmortem));

        var dom = Run("--dump-dom", page, $"hostile-{template}");

        var headings = markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(headings);
        Assert.All(headings, h => Assert.Contains($">{h[3..]}</h2>", dom.Output, StringComparison.Ordinal));
        Assert.DoesNotContain("<img", dom.Output, StringComparison.Ordinal);
        var console = dom.Log.Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        Assert.True(console.Count == 0, "console messages:\n" + string.Join('\n', console));
    }

    [Fact]
    public void Chromium_ConsoleCheck_SeesABlockedFetch()
    {
        // Proves the console check can fail: a page that tries to fetch an image is reported. User
        // images become links, so the image tag here is raw HTML, as a custom template could write.
        RequireChromium();
        var page = Path.Combine(_directory.Path, "fetch.html");
        File.WriteAllText(page, HtmlDocument.Render("# T\n\n<img src=\"https://example.com/x.png\" alt=\"x\">\n",
            RenderingSamples.Empty()));

        var result = Run("--dump-dom", page, "fetch");

        Assert.Contains(result.Log, l => l.Contains(":CONSOLE", StringComparison.Ordinal)
            && l.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    private static void RequireChromium()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        Assert.False(Environment.GetEnvironmentVariable("MCP_POSTMORTEM_REQUIRE_CHROMIUM") == "1",
            $"{Chromium} is missing; install Debian's chromium package (.ci/html-check.sh does).");
        Assert.Skip($"{Chromium} is not installed; .ci/html-check.sh runs this check in CI.");
    }

    private (string Output, IReadOnlyList<string> Log) Run(string arguments, string page, string profile)
    {
        var start = new ProcessStartInfo(Chromium)
        {
            Arguments = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run " +
                "--disable-background-networking --disable-component-update --disable-sync " +
                "--enable-logging=stderr --v=0 " +
                $"--user-data-dir={Path.Combine(_directory.Path, "profile-" + profile)} {arguments} " +
                new Uri(page).AbsoluteUri,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"chromium did not finish within {Timeout.TotalSeconds} s");
        }

        var log = error.GetAwaiter().GetResult().Split('\n');
        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}:\n{string.Join('\n', log)}");
        return (output, log);
    }
}
