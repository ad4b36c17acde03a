using System.Text.Json.Nodes;
using ModelContextProtocol.Client;

namespace McpPostmortem.Server.Tests.TestSupport;

/// <summary>
/// A client that remembers which tools it called, so a test can prove it called every tool the
/// server lists: a tool added to the server without a call in the test fails that test.
/// </summary>
public sealed class ToolCoverage(McpClient client)
{
    private readonly HashSet<string> _called = new(StringComparer.Ordinal);

    public McpClient Client { get; } = client;

    /// <summary>Calls a tool that must succeed and returns its structured content.</summary>
    public Task<JsonNode> CallOkAsync(string tool, JsonObject arguments)
    {
        _called.Add(tool);
        return Client.CallOkAsync(tool, arguments);
    }

    /// <summary>Calls a tool that must fail and returns its error text.</summary>
    public Task<string> CallErrorAsync(string tool, JsonObject arguments)
    {
        _called.Add(tool);
        return Client.CallErrorAsync(tool, arguments);
    }

    /// <summary>Fails with the names of the listed tools no call reached.</summary>
    public async Task AssertEveryToolCalledAsync()
    {
        var listed = await Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var missed = listed.Select(t => t.Name).Where(n => !_called.Contains(n)).Order().ToList();
        Assert.True(missed.Count == 0, $"Tools listed by the server but never called: {string.Join(", ", missed)}");
        Assert.True(listed.Count >= 32, $"The server lists {listed.Count} tools; expected at least 32.");
    }
}
