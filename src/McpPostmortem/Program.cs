using McpPostmortem.Server.Cli;

return await CommandLine.RunAsync(args).ConfigureAwait(false);
