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
        var demo = new Command("demo", "Build the reference incident through the MCP tools and write postmortems/<id>.md.");
        demo.SetAction((result, cancellationToken) =>
            RunAsync(PostmortemDirectory.Resolve(result.GetValue(dir)), result.InvocationConfiguration.Output,
                cancellationToken));
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
        var tools = await client.ListToolsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        output.WriteLine($"Connected to {client.ServerInfo?.Name} {client.ServerInfo?.Version} over stdio: {tools.Count} tools.");

        var id = "";
        foreach (var call in ReferenceIncident.Calls())
        {
            var arguments = ReferenceIncident.Arguments(call, id);
            var result = await CallAsync(client, call.Tool, arguments, cancellationToken).ConfigureAwait(false);
            if (result.IsError == true && call.Tool == "create_postmortem" && Text(result).Contains("already exists", StringComparison.Ordinal))
            {
                // A second run replaces the first run's document rather than failing.
                var existing = ReferenceIncident.IdFromError(Text(result));
                await CallAsync(client, "delete_postmortem", Args(("id", existing)), cancellationToken).ConfigureAwait(false);
                result = await CallAsync(client, call.Tool, arguments, cancellationToken).ConfigureAwait(false);
            }

            if (result.IsError == true)
            {
                output.WriteLine($"{call.Tool} failed: {Text(result)}");
                return 1;
            }

            id = id.Length == 0 ? Structured(result)["id"]!.GetValue<string>() : id;
            output.WriteLine($"  {call.Tool,-26} {Structured(result)["message"]}");
        }

        var view = Structured(await CallAsync(client, "get_postmortem", Args(("id", id)), cancellationToken).ConfigureAwait(false));
        output.WriteLine("Metrics computed from the timeline:");
        foreach (var metric in view["metrics"]!.AsArray())
        {
            output.WriteLine($"  {metric!["name"],-20} {metric["display"],-10} ({metric["formula"]})");
        }

        var lint = Structured(await CallAsync(client, "lint_postmortem", Args(("id", id)), cancellationToken).ConfigureAwait(false));
        output.WriteLine($"lint_postmortem: {lint["errors"]} blame error(s), {lint["warnings"]} warning(s).");

        var rendered = Structured(await CallAsync(client, "render_postmortem", Args(("id", id)), cancellationToken).ConfigureAwait(false));
        output.WriteLine($"Rendered: {rendered["path"]}");

        output.WriteLine($"And a blameful draft through lint_text: \"{BlamefulDraft}\"");
        var draft = Structured(await CallAsync(client, "lint_text", Args(("text", BlamefulDraft)), cancellationToken).ConfigureAwait(false));
        foreach (var finding in draft["findings"]!.AsArray())
        {
            var location = finding!["location"]!;
            output.WriteLine($"  {location["line"]}:{location["column"]} {finding["rule_id"]}: {finding["message"]}");
            output.WriteLine($"      try: {finding["suggestion"]}");
        }

        return 0;
    }

    private static Task<CallToolResult> CallAsync(
        McpClient client, string tool, IDictionary<string, JsonElement> arguments, CancellationToken cancellationToken) =>
        client.CallToolAsync(new CallToolRequestParams { Name = tool, Arguments = arguments }, cancellationToken).AsTask();

    private static Dictionary<string, JsonElement> Args(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value, ServerJsonContext.Default.String));

    private static JsonNode Structured(CallToolResult result) =>
        result.StructuredContent is { } content
            ? JsonNode.Parse(content.GetRawText())!
            : throw new InvalidOperationException($"The server sent no structured content: {Text(result)}");

    private static string Text(CallToolResult result) =>
        string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));
}
