using System.Diagnostics;

namespace McpPostmortem.Server.Tests.TestSupport;

/// <summary>One run of the built mcp-postmortem program with arguments, its output captured.</summary>
public sealed record ProgramRun(int ExitCode, string StandardOutput, string StandardError)
{
    public static async Task<ProgramRun> StartAsync(params string[] arguments)
    {
        var (command, prefix) = Repository.ServerCommand();
        var info = new ProcessStartInfo(command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in prefix.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("The program did not start.");

        // stdin closed at once: a server that did start would end at end of input instead of hanging.
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new ProgramRun(process.ExitCode, await output, await error);
    }
}
