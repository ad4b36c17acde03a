using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpPostmortem.Server.Cli;

/// <summary>
/// The "demo" verb: starts this program as an MCP server over real stdio, builds the reference
/// incident through the tools as an agent would, renders it and shows what the linter finds.
/// </summary>
public static class DemoCommand
{
    private const string BlamefulDraft =
        "The on-call engineer should have noticed the pool filling up. Obviously the release was not tested.";

    public static Command Create(Option<string> dir)
    {
        var demo = new Command("demo",
            "Build the reference incident through the MCP tools and write postmortems/<id>.md.");
        demo.SetAction((result, cancellationToken) =>
        {
            var directory = PostmortemDirectory.Resolve(result.GetValue(dir));
            if (PostmortemDirectory.Problem(directory) is { } problem)
            {
                result.InvocationConfiguration.Error.WriteLine(problem);
                return Task.FromResult(CommandLine.UsageError);
            }

            return RunAsync(directory, result.InvocationConfiguration.Output, cancellationToken);
        });
        return demo;
    }

    public static async Task<int> RunAsync(string directory, TextWriter output, CancellationToken cancellationToken)
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "mcp-postmortem",
            Command = SelfCommand.Path,
            Arguments = [.. SelfCommand.Arguments, "serve", "--dir", directory],
        });
        await using var client = await McpClient.CreateAsync(transport, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var session = new Session(client, cancellationToken);
        var tools = await client.ListToolsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        output.WriteLine($"Connected to {client.ServerInfo?.Name} {client.ServerInfo?.Version} over stdio: " +
            $"{tools.Count} tools.");

        var id = await BuildAsync(session, output).ConfigureAwait(false);
        if (id is null)
        {
            return 1;
        }

        var view = await session.CallOkAsync("get_postmortem", ("id", id)).ConfigureAwait(false);
        output.WriteLine("Metrics computed from the timeline:");
        foreach (var metric in view["metrics"]!.AsArray())
        {
            output.WriteLine($"  {metric!["name"],-20} {metric["display"],-10} ({metric["formula"]})");
        }

        var lint = await session.CallOkAsync("lint_postmortem", ("id", id)).ConfigureAwait(false);
        var findings = lint["findings"]!.AsArray();
        output.WriteLine($"lint_postmortem: {lint["errors"]} error(s), {lint["warnings"]} warning(s), " +
            $"{findings.Count} finding(s) in all{(findings.Count > 0 ? ":" : ".")}");
        foreach (var finding in findings)
        {
            output.WriteLine($"  {finding!["severity"]} {finding["rule_id"]} at {Where(finding["location"]!)}: " +
                $"{finding["message"]}");
        }

        var rendered = await session.CallOkAsync("render_postmortem", ("id", id)).ConfigureAwait(false);
        output.WriteLine($"Rendered: {rendered["path"]}");

        output.WriteLine($"And a blameful draft through lint_text: \"{BlamefulDraft}\"");
        var draft = await session.CallOkAsync("lint_text", ("text", BlamefulDraft)).ConfigureAwait(false);
        foreach (var finding in draft["findings"]!.AsArray())
        {
            var location = finding!["location"]!;
            output.WriteLine($"  {location["line"]}:{location["column"]} {finding["rule_id"]}: {finding["message"]}");
            output.WriteLine($"      try: {finding["suggestion"]}");
        }

        return 0;
    }

    /// <summary>Replays the reference incident; returns its id, or null after printing the failure.</summary>
    private static async Task<string?> BuildAsync(Session session, TextWriter output)
    {
        var id = "";
        foreach (var call in ReferenceIncident.Calls())
        {
            var arguments = ReferenceIncident.Arguments(call, id);
            var result = await session.CallAsync(call.Tool, arguments).ConfigureAwait(false);
            if (call.Tool == "create_postmortem" && IsAlreadyThere(result))
            {
                // A second run replaces the first run's document rather than failing.
                var existing = ReferenceIncident.IdFromError(Session.Text(result));
                await session.CallOkAsync("delete_postmortem", ("id", existing)).ConfigureAwait(false);
                result = await session.CallAsync(call.Tool, arguments).ConfigureAwait(false);
            }

            if (result.IsError == true)
            {
                output.WriteLine($"{call.Tool} failed: {Session.Text(result)}");
                return null;
            }

            var content = Session.Structured(result);
            id = id.Length == 0 ? content["id"]!.GetValue<string>() : id;
            output.WriteLine($"  {call.Tool,-26} {content["message"]}");
        }

        return id;
    }

    /// <summary>"action_items ai-2 due_date": the section, item and field a finding points at.</summary>
    private static string Where(JsonNode location) =>
        string.Join(" ", new[] { location["section"], location["item_id"], location["field"] }
            .Select(part => part?.GetValue<string>() ?? "")
            .Where(part => part.Length > 0));

    private static bool IsAlreadyThere(CallToolResult result) =>
        result.IsError == true && Session.Text(result).Contains("already exists", StringComparison.Ordinal);

    /// <summary>Tool calls with JSON arguments, serialized without reflection.</summary>
    private sealed class Session(McpClient client, CancellationToken cancellationToken)
    {
        public Task<CallToolResult> CallAsync(string tool, IDictionary<string, JsonElement> arguments) =>
            client.CallToolAsync(new CallToolRequestParams { Name = tool, Arguments = arguments }, cancellationToken)
                .AsTask();

        public async Task<JsonNode> CallOkAsync(string tool, params (string Name, string Value)[] values)
        {
            var arguments = values.ToDictionary(
                v => v.Name,
                v => JsonSerializer.SerializeToElement(v.Value, ServerJsonContext.Default.String));
            var result = await CallAsync(tool, arguments).ConfigureAwait(false);
            return result.IsError == true
                ? throw new InvalidOperationException($"{tool} failed: {Text(result)}")
                : Structured(result);
        }

        public static JsonNode Structured(CallToolResult result) =>
            result.StructuredContent is { } content
                ? JsonNode.Parse(content.GetRawText())!
                : throw new InvalidOperationException($"The server sent no structured content: {Text(result)}");

        public static string Text(CallToolResult result) =>
            string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));
    }
}
