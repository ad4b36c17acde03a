using System.CommandLine;

namespace McpPostmortem.Server.Cli;

/// <summary>
/// The command line: with no verb (or "serve") the MCP server runs over stdio; other verbs are tools
/// for people and CI. Only the verbs print to the console; the server path never does.
/// </summary>
public static class CommandLine
{
    /// <summary>Exit code of a command line that does not parse or names an unusable folder.</summary>
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        var dir = new Option<string>("--dir")
        {
            Description = "Folder of the postmortems (default: $POSTMORTEM_DIR, else ./postmortems).",
            Recursive = true,
        };

        var serve = new Command("serve", "Run the MCP server over stdio (the default).");
        serve.SetAction((result, cancellationToken) => ServeAsync(result, dir, cancellationToken));

        var root = new RootCommand("McpPostmortem: an MCP server that helps an agent write a blameless postmortem.")
        {
            dir,
            serve,
            DemoCommand.Create(dir),
            LintCommand.Create(dir),
            LintScoreCommand.Create(),
        };
        root.SetAction((result, cancellationToken) => ServeAsync(result, dir, cancellationToken));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // A client reading JSON-RPC from stdout must not get usage text there: the errors and the
            // help go to stderr, and the exit code says the command line was wrong.
            await parsed.InvokeAsync(new InvocationConfiguration { Output = Console.Error, Error = Console.Error })
                .ConfigureAwait(false);
            return UsageError;
        }

        return await parsed.InvokeAsync().ConfigureAwait(false);
    }

    private static async Task<int> ServeAsync(
        ParseResult result,
        Option<string> dir,
        CancellationToken cancellationToken)
    {
        var directory = PostmortemDirectory.Resolve(result.GetValue(dir));
        if (PostmortemDirectory.Problem(directory) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
            return UsageError;
        }

        return await ServerHost.RunAsync(directory, cancellationToken).ConfigureAwait(false);
    }
}
