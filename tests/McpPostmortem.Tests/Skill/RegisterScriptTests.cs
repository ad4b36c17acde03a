using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Skill;

/// <summary>
/// The register scripts of skill/scripts, run with bash as a user runs them. Claude Code is stood
/// in for by a script named claude that records its arguments, so no real client is needed.
/// </summary>
public sealed class RegisterScriptTests
{
    private static readonly JsonDocumentOptions Jsonc = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    [Fact]
    public async Task RegisterVscode_JsoncFile_AddsServerAndKeepsCommentsAndOthers()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "bash scripts; register-vscode.ps1 is the Windows one.");
        using var folder = new TempFolder();
        var config = Path.Combine(folder.Path, ".vscode", "mcp.json");
        Directory.CreateDirectory(Path.GetDirectoryName(config)!);
        const string Original = """
            { // my servers
              "servers": {
                "github": { "type": "http", "url": "https://api.example.com/mcp/" }, // trailing comma next
              },
              /* inputs */ "inputs": [ { "id": "token", "description": "a } brace and a \" quote" }, ],
            }
            """;
        await File.WriteAllTextAsync(config, Original, TestContext.Current.CancellationToken);

        var run = await RunAsync(folder.Path, "register-vscode.sh", folder.Path, "--command", "mcp-postmortem");

        Assert.True(run.ExitCode == 0, run.StandardError);
        var text = await File.ReadAllTextAsync(config, TestContext.Current.CancellationToken);
        Assert.Contains("// my servers", text, StringComparison.Ordinal);
        Assert.Contains("/* inputs */", text, StringComparison.Ordinal);
        var servers = JsonNode.Parse(text, documentOptions: Jsonc)!["servers"]!;
        Assert.Equal("mcp-postmortem", servers["postmortem"]!["command"]!.GetValue<string>());
        Assert.Equal("stdio", servers["postmortem"]!["type"]!.GetValue<string>());
        Assert.Equal("http", servers["github"]!["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ \"servers\": [ }")]
    [InlineData("[1, 2]")]
    [InlineData("{ /* never closed ")]
    public async Task RegisterVscode_UnreadableFile_ClearMessageNoTracebackFileKept(string original)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "bash scripts; register-vscode.ps1 is the Windows one.");
        using var folder = new TempFolder();
        var config = Path.Combine(folder.Path, ".vscode", "mcp.json");
        Directory.CreateDirectory(Path.GetDirectoryName(config)!);
        await File.WriteAllTextAsync(config, original, TestContext.Current.CancellationToken);

        var run = await RunAsync(folder.Path, "register-vscode.sh", folder.Path, "--command", "mcp-postmortem");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("Traceback", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("\"postmortem\":", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(original, await File.ReadAllTextAsync(config, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RegisterClaudeCode_ProjectScopeWithoutTool_RefusesAndNamesInstallScript()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "bash scripts; register-claude-code.ps1 is the Windows one.");
        using var folder = new TempFolder();

        var run = await RunAsync(folder.Path, "register-claude-code.sh", "--scope", "project");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("install-tool.sh", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "claude-args")), "claude was called");
    }

    [Fact]
    public async Task RegisterClaudeCode_ProjectScopeWithTool_RegistersTheCommandNameNotAPath()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "bash scripts; register-claude-code.ps1 is the Windows one.");
        using var folder = new TempFolder();
        var tools = Path.Combine(folder.Path, "home", ".dotnet", "tools");
        Directory.CreateDirectory(tools);
        await WriteScriptAsync(Path.Combine(tools, "mcp-postmortem"), "exit 0");

        var run = await RunAsync(folder.Path, "register-claude-code.sh", "--scope", "project");

        Assert.True(run.ExitCode == 0, run.StandardError);
        var calls = await File.ReadAllLinesAsync(Path.Combine(folder.Path, "claude-args"),
            TestContext.Current.CancellationToken);
        Assert.Equal("mcp add --transport stdio --scope project postmortem -- mcp-postmortem", calls[^1]);
    }

    [Fact]
    public async Task RegisterClaudeCode_ScopeWithoutValue_UsageError()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "bash scripts; register-claude-code.ps1 is the Windows one.");
        using var folder = new TempFolder();

        var run = await RunAsync(folder.Path, "register-claude-code.sh", "--scope");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--scope needs a value", run.StandardError, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs a script with HOME inside <paramref name="folder"/> (no tool installed unless the test puts
    /// one there) and a stand-in claude that appends its arguments to folder/claude-args.
    /// </summary>
    private static async Task<ProgramRun> RunAsync(string folder, string script, params string[] arguments)
    {
        var bin = Path.Combine(folder, "bin");
        Directory.CreateDirectory(bin);
        Directory.CreateDirectory(Path.Combine(folder, "home"));
        await WriteScriptAsync(Path.Combine(bin, "claude"),
            $"echo \"$*\" >> '{Path.Combine(folder, "claude-args")}'");

        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        info.ArgumentList.Add(RepositoryFiles.PathOf("skill", "scripts", script));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["HOME"] = Path.Combine(folder, "home");
        info.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new ProgramRun(process.ExitCode, await output, await error);
    }

    private static async Task WriteScriptAsync(string path, string body)
    {
        await File.WriteAllTextAsync(path, $"#!/usr/bin/env bash\n{body}\n", TestContext.Current.CancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
