using System.Diagnostics;
using System.Text.Json;
using McpPostmortem.Server.Cli;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Cli;

public sealed class LintCommandTests
{
    [Fact]
    public async Task Main_LintWithNoPaths_ExitsWithUsageError()
    {
        var (command, _) = ServerProcess.Command(Path.GetTempPath());
        var info = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (command == "dotnet")
        {
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mcp-postmortem.dll"));
        }

        info.ArgumentList.Add("lint");
        using var process = Process.Start(info)!;
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(LintCommand.UsageError, process.ExitCode);
        Assert.NotEmpty(stderr);
    }

    [Fact]
    public void Run_NoPaths_IsAUsageErrorNamingWhatIsMissing()
    {
        var error = new StringWriter();

        var code = LintCommand.Run([], "text", "error", null, Path.GetTempPath(), new StringWriter(), error);

        Assert.Equal(LintCommand.UsageError, code);
        Assert.Contains("at least one Markdown file or folder", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownOption_IsAUsageErrorNamingTheOption()
    {
        var error = new StringWriter();

        var code = LintCommand.Run(["--bogus"], "text", "error", null, Path.GetTempPath(), new StringWriter(), error);

        Assert.Equal(LintCommand.UsageError, code);
        Assert.Contains("Unknown option '--bogus'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FindingInASentenceWrappedOverLines_PrintsOneLinePerFinding()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "ml.md");
        File.WriteAllText(file, "Obviously it was\na bad\ndeploy.\n");
        var output = new StringWriter();

        var code = LintCommand.Run([file], "text", "info", null, folder.Path, output, new StringWriter());

        Assert.Equal(LintCommand.Findings, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("Suggestion: It was a bad deploy.", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_JsonFindingThatWraps_GivesEndLineAndColumnInsideTheText()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "ml.md");
        File.WriteAllText(file, "Then Ana should\nhave paged the DBA.\n");
        var output = new StringWriter();

        LintCommand.Run([file], "json", "error", null, folder.Path, output, new StringWriter());

        var finding = JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray()
            .Single(f => f.GetProperty("category").GetString() == "counterfactual");
        Assert.Equal((1, 2, 5), (finding.GetProperty("line").GetInt32(), finding.GetProperty("end_line").GetInt32(),
            finding.GetProperty("end_column").GetInt32()));
    }
}
