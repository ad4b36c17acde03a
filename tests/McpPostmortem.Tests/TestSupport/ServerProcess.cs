using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;

namespace McpPostmortem.Server.Tests.TestSupport;

/// <summary>
/// The built server (the mcp-postmortem apphost next to the test assembly, never `dotnet run`) as a
/// separate process: either behind the SDK's own client, or raw, writing bytes to its stdin and
/// reading JSON-RPC lines from its stdout, for input no well-behaved client would send.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;

    private readonly StringBuilder _errors = new();

    private readonly List<JsonObject> _unclaimed = [];

    private long _nextId;

    private ServerProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The apphost when it exists, else `dotnet` with the server's dll.</summary>
    public static (string Command, IReadOnlyList<string> Arguments) Command(string directory)
    {
        var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "mcp-postmortem.exe" : "mcp-postmortem");
        return File.Exists(apphost)
            ? (apphost, ["--dir", directory])
            : ("dotnet", [Path.Combine(AppContext.BaseDirectory, "mcp-postmortem.dll"), "--dir", directory]);
    }

    /// <summary>Starts the server on <paramref name="directory"/> behind the SDK's stdio client.</summary>
    public static Task<McpClient> ConnectAsync(string directory, CancellationToken cancellationToken = default)
    {
        var (command, arguments) = Command(directory);
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "mcp-postmortem",
            Command = command,
            Arguments = [.. arguments],
        });
        return McpClient.CreateAsync(transport, cancellationToken: cancellationToken);
    }

    /// <summary>Starts the server on <paramref name="directory"/> with raw pipes.</summary>
    public static ServerProcess Start(string directory)
    {
        var (command, arguments) = Command(directory);
        var info = new ProcessStartInfo(command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("The server did not start.");
        var server = new ServerProcess(process);

        // Logs go to stderr; a full pipe would stall the server, so it is always drained.
        process.ErrorDataReceived += (_, e) =>
        {
            lock (server._errors)
            {
                server._errors.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>The process id, to kill it from outside.</summary>
    public int Id => _process.Id;

    /// <summary>True while the process runs.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>What the server logged so far.</summary>
    public string StandardError
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>Writes raw bytes to stdin as they are.</summary>
    public async Task SendBytesAsync(byte[] bytes)
    {
        await _process.StandardInput.BaseStream.WriteAsync(bytes);
        await _process.StandardInput.BaseStream.FlushAsync();
    }

    /// <summary>Writes one line of text to stdin.</summary>
    public Task SendLineAsync(string line) => SendBytesAsync(Encoding.UTF8.GetBytes(line + "\n"));

    /// <summary>Reads the next message from stdout, or fails after the timeout.</summary>
    public async Task<JsonObject> ReadMessageAsync(TimeSpan? timeout = null)
    {
        if (_unclaimed.Count > 0)
        {
            var first = _unclaimed[0];
            _unclaimed.RemoveAt(0);
            return first;
        }

        return await ReadFromPipeAsync(timeout ?? DefaultTimeout);
    }

    /// <summary>Sends a request with a fresh id and waits for the response with that id.</summary>
    public async Task<JsonObject> RequestAsync(string method, JsonObject? parameters = null, TimeSpan? timeout = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var request = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null)
        {
            request["params"] = parameters;
        }

        await SendLineAsync(request.ToJsonString());
        return await ResponseAsync(id, timeout);
    }

    /// <summary>Waits for the response to request <paramref name="id"/>, keeping other messages for later.</summary>
    public async Task<JsonObject> ResponseAsync(long id, TimeSpan? timeout = null)
    {
        var found = _unclaimed.FirstOrDefault(m => IsResponseTo(m, id));
        if (found is not null)
        {
            _unclaimed.Remove(found);
            return found;
        }

        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var message = await ReadFromPipeAsync(deadline - DateTime.UtcNow);
            if (IsResponseTo(message, id))
            {
                return message;
            }

            _unclaimed.Add(message);
        }
    }

    /// <summary>The initialize handshake, as every client does it first.</summary>
    public async Task<JsonObject> InitializeAsync()
    {
        var response = await RequestAsync("initialize", new JsonObject
        {
            ["protocolVersion"] = "2025-06-18",
            ["capabilities"] = new JsonObject(),
            ["clientInfo"] = new JsonObject { ["name"] = "raw-test", ["version"] = "1.0" },
        });
        await SendLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        return response;
    }

    /// <summary>Calls a tool and returns the JSON-RPC "result" (a CallToolResult).</summary>
    public async Task<JsonObject> CallToolAsync(string name, JsonObject arguments, TimeSpan? timeout = null)
    {
        var response = await RequestAsync("tools/call", new JsonObject { ["name"] = name, ["arguments"] = arguments }, timeout);
        return response["result"] as JsonObject
            ?? throw new InvalidOperationException($"{name} got no result: {response.ToJsonString()}");
    }

    /// <summary>Kills the process at once (SIGKILL on Unix) and waits for it to be gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(exit.Token);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or InvalidOperationException)
        {
            // The process is stuck or gone already; Kill below settles both.
        }

        Kill();
        _process.Dispose();
    }

    private static bool IsResponseTo(JsonObject message, long id) =>
        message["id"] is JsonValue value && value.TryGetValue<long>(out var number) && number == id;

    private async Task<JsonObject> ReadFromPipeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout > TimeSpan.Zero ? timeout : TimeSpan.FromMilliseconds(1));
        string? line;
        try
        {
            line = await _process.StandardOutput.ReadLineAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No message from the server within {timeout}. Its log:\n{StandardError}");
        }

        if (line is null)
        {
            throw new EndOfStreamException($"The server closed stdout. Its log:\n{StandardError}");
        }

        return JsonNode.Parse(line) as JsonObject
            ?? throw new InvalidOperationException($"The server wrote a line that is not a JSON object: {line}");
    }
}
