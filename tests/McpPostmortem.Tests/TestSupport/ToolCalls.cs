using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpPostmortem.Server.Tests.TestSupport;

/// <summary>Calls tools with JSON arguments and reads their structured results.</summary>
public static class ToolCalls
{
    public static async Task<CallToolResult> CallAsync(this McpClient client, string tool, JsonObject arguments)
    {
        var args = arguments.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value));
        return await client.CallToolAsync(
            new CallToolRequestParams { Name = tool, Arguments = args },
            TestContext.Current.CancellationToken);
    }

    /// <summary>Calls a tool that must succeed and returns its structured content.</summary>
    public static async Task<JsonNode> CallOkAsync(this McpClient client, string tool, JsonObject arguments)
    {
        var result = await client.CallAsync(tool, arguments);
        Assert.True(result.IsError != true, $"{tool} failed: {Text(result)}");
        Assert.NotNull(result.StructuredContent);
        return JsonNode.Parse(result.StructuredContent.Value.GetRawText())!;
    }

    /// <summary>Calls a tool that must fail and returns its error text.</summary>
    public static async Task<string> CallErrorAsync(this McpClient client, string tool, JsonObject arguments)
    {
        var result = await client.CallAsync(tool, arguments);
        Assert.True(result.IsError == true, $"{tool} should have failed but returned: {Text(result)}");
        return Text(result);
    }

    public static string Text(CallToolResult result) =>
        string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));
}
