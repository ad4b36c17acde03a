using ModelContextProtocol.Client;

namespace McpPostmortem.Server.Tests.TestSupport;

/// <summary>The built server started as a separate process, with an SDK client over its stdio.</summary>
public static class StdioServer
{
    public static Task<McpClient> ConnectAsync(string directory)
    {
        var (command, arguments) = Repository.ServerCommand();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "mcp-postmortem",
            Command = command,
            Arguments = [.. arguments, "--dir", directory],
        });
        return McpClient.CreateAsync(transport, cancellationToken: TestContext.Current.CancellationToken);
    }
}
