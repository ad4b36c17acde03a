using System.IO.Pipelines;
using McpPostmortem.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Tests.TestSupport;

/// <summary>
/// The real server and a real client joined by in-memory pipes: the same registration as the
/// stdio host, without a process. Fast enough for every tool test.
/// </summary>
public sealed class InProcessServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly ServiceProvider _services;
    private readonly Task _serverRun;

    private InProcessServer(CancellationTokenSource stop, ServiceProvider services, Task serverRun, McpClient client)
    {
        _stop = stop;
        _services = services;
        _serverRun = serverRun;
        Client = client;
    }

    public McpClient Client { get; }

    public static async Task<InProcessServer> StartAsync(string directory)
    {
        var clientToServer = new Pipe();
        var serverToClient = new Pipe();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(new PostmortemStore(directory));
        ServerHost.AddPostmortemServer(services)
            .WithStreamServerTransport(clientToServer.Reader.AsStream(), serverToClient.Writer.AsStream());

        var provider = services.BuildServiceProvider();
        var stop = new CancellationTokenSource();
        var serverRun = provider.GetRequiredService<McpServer>().RunAsync(stop.Token);

        var client = await McpClient.CreateAsync(
            new StreamClientTransport(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream()),
            cancellationToken: TestContext.Current.CancellationToken);
        return new InProcessServer(stop, provider, serverRun, client);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _stop.CancelAsync();
        try
        {
            await _serverRun;
        }
        catch (OperationCanceledException)
        {
            // The server stops by cancellation when the test ends.
        }

        _stop.Dispose();
        await _services.DisposeAsync();
    }
}
