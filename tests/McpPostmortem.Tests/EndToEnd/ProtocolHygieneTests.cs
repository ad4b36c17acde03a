using System.Diagnostics;
using System.Text.Json;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.EndToEnd;

public class ProtocolHygieneTests
{
    [Fact]
    public async Task Stdout_WhileToolsRunAndLog_CarriesOnlyJsonRpc()
    {
        using var folder = new TempFolder();
        var (command, arguments) = Repository.ServerCommand();
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments.Concat(["--dir", folder.Path]))
        {
            start.ArgumentList.Add(argument);
        }

        using var server = Process.Start(start)!;
        var stderr = server.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string[] requests =
        [
            """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
            "capabilities":{},"clientInfo":{"name":"t","version":"1"}}}
            """.ReplaceLineEndings(""),
            """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
            """
            {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"create_postmortem",
            "arguments":{"title":"Queue backlog","incident_date":"2025-06-01","severity":"SEV3"}}}
            """.ReplaceLineEndings(""),
            """
            {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"get_postmortem",
            "arguments":{"id":"../x"}}}
            """.ReplaceLineEndings(""),
        ];
        foreach (var request in requests)
        {
            await server.StandardInput.WriteLineAsync(request.AsMemory(), TestContext.Current.CancellationToken);
        }

        var lines = new List<string>();
        while (lines.Count < 3)
        {
            var line = await server.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken);
            Assert.NotNull(line);
            lines.Add(line);
        }

        server.StandardInput.Close();
        await server.WaitForExitAsync(TestContext.Current.CancellationToken);

        foreach (var line in lines)
        {
            using var message = JsonDocument.Parse(line);
            Assert.Equal("2.0", message.RootElement.GetProperty("jsonrpc").GetString());
        }

        Assert.Contains("Saved", await stderr, StringComparison.Ordinal);
    }
}
