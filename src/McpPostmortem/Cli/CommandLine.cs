using System.CommandLine;

namespace McpPostmortem.Server.Cli;

/// <summary>
/// The command line: with no verb (or "serve") the MCP server runs over stdio; other verbs are tools
/// for people and CI. Only the verbs print to the console; the server path never does.
/// </summary>
public static class CommandLine
{
    public static Task<int> RunAsync(string[] args)
    {
        var dir = new Option<string>("--dir")
        {
            Description = "Folder of the postmortems (default: $POSTMORTEM_DIR, else ./postmortems).",
            Recursive = true,
        };

        var serve = new Command("serve", "Run the MCP server over stdio (the default).");
        serve.SetAction((result, cancellationToken) =>
            ServerHost.RunAsync(PostmortemDirectory.Resolve(result.GetValue(dir)), cancellationToken));

        var root = new RootCommand("McpPostmortem: an MCP server that helps an agent write a blameless postmortem.")
        {
            dir,
            serve,
            DemoCommand.Create(dir),
            LintCommand.Create(dir),
            LintScoreCommand.Create(),
        };
        root.SetAction((result, cancellationToken) =>
            ServerHost.RunAsync(PostmortemDirectory.Resolve(result.GetValue(dir)), cancellationToken));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.CommandResult.Command.Name == "lint")
        {
            // CI reads lint's exit code: a usage mistake is 2, never 1, which means "blame found".
            foreach (var parseError in parsed.Errors)
            {
                Console.Error.WriteLine(parseError.Message);
            }

            return Task.FromResult(LintCommand.UsageError);
        }

        return parsed.InvokeAsync();
    }
}
