using McpPostmortem.Server.Cli;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Cli;

/// <summary>
/// The command line as a client starts it: a wrong command line must leave stdout empty (it is the
/// protocol channel), say what is wrong on stderr and exit with the usage error code.
/// </summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--frob")]
    [InlineData("--dir")]
    [InlineData("serve", "--frob")]
    public async Task Run_BadCommandLine_UsageOnStderrAndExitCodeTwo(params string[] arguments)
    {
        var run = await ProgramRun.StartAsync(arguments);

        Assert.Equal("", run.StandardOutput);
        Assert.Equal(CommandLine.UsageError, run.ExitCode);
        Assert.Contains("Usage:", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_LintWithoutPaths_SaysWhatToPassAndExitsTwo()
    {
        var run = await ProgramRun.StartAsync("lint");

        Assert.Equal("", run.StandardOutput);
        Assert.Equal(CommandLine.UsageError, run.ExitCode);
        Assert.Contains("lint needs at least one Markdown file or folder", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DirIsAFile_ClearErrorAndNoServer()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "notes.txt");
        await File.WriteAllTextAsync(file, "not a folder", TestContext.Current.CancellationToken);

        var run = await ProgramRun.StartAsync("--dir", file);

        Assert.Equal("", run.StandardOutput);
        Assert.Equal(CommandLine.UsageError, run.ExitCode);
        Assert.Contains($"'{file}' is a file, not a folder", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DirUnderAFile_ClearErrorNamingTheFile()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "notes.txt");
        await File.WriteAllTextAsync(file, "not a folder", TestContext.Current.CancellationToken);

        var run = await ProgramRun.StartAsync("serve", "--dir", Path.Combine(file, "postmortems"));

        Assert.Equal("", run.StandardOutput);
        Assert.Equal(CommandLine.UsageError, run.ExitCode);
        Assert.Contains($"'{file}' is a file", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Help_GoesToStdoutWithExitZero()
    {
        var run = await ProgramRun.StartAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NewFolderUnderExistingOne_ServesAndEndsWithInput()
    {
        using var folder = new TempFolder();

        var run = await ProgramRun.StartAsync("--dir", Path.Combine(folder.Path, "new", "postmortems"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.StandardOutput);
    }
}
