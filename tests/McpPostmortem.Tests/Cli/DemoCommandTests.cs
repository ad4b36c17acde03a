using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Cli;

/// <summary>The demo verb of the README's quick start: what it prints must be what the tools found.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_ReferenceIncident_PrintsPathMetricsAndEveryLintFinding()
    {
        using var folder = new TempFolder();

        var run = await ProgramRun.StartAsync("demo", "--dir", folder.Path);

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        var rendered = Directory.GetFiles(folder.Path, "*.md").Single();
        Assert.Contains($"Rendered: {rendered}", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Time to mitigate", run.StandardOutput, StringComparison.Ordinal);

        // The same findings, read independently through a client of our own.
        await using var client = await StdioServer.ConnectAsync(folder.Path);
        var id = Path.GetFileNameWithoutExtension(rendered);
        var lint = await client.CallOkAsync("lint_postmortem", new JsonObject { ["id"] = id });
        var findings = lint["findings"]!.AsArray();
        Assert.Contains($"{findings.Count} finding(s) in all", run.StandardOutput, StringComparison.Ordinal);
        foreach (var finding in findings)
        {
            var line = $"{finding!["severity"]} {finding["rule_id"]} at {finding["location"]!["section"]}";
            Assert.Contains(line, run.StandardOutput, StringComparison.Ordinal);
            Assert.Contains(finding["message"]!.GetValue<string>(), run.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Demo_DirIsAFile_ClearErrorOnStderr()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "postmortems");
        await File.WriteAllTextAsync(file, "", TestContext.Current.CancellationToken);

        var run = await ProgramRun.StartAsync("demo", "--dir", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file, not a folder", run.StandardError, StringComparison.Ordinal);
    }
}
