using System.Text;
using System.Text.Json.Nodes;
using McpPostmortem.Server.Tests.TestSupport;

namespace McpPostmortem.Server.Tests.Reliability;

/// <summary>
/// Broken or hostile input sent to the built server over real stdio: each gets a clear error, the
/// server keeps answering, and nothing in the postmortems folder changes.
/// </summary>
public sealed class HostileInputTests(RawServerFixture fixture) : IClassFixture<RawServerFixture>
{
    public static TheoryData<string, string, int, string> BrokenLines => new()
    {
        { "not JSON", "this is not json", -32700, "not JSON" },
        { "truncated JSON", """{"jsonrpc":"2.0","id":91,"method":"tools/list" """, -32700, "not JSON" },
        { "batch array", """[{"jsonrpc":"2.0","id":92,"method":"tools/list"}]""", -32600, "batches" },
        { "bare number", "42", -32600, "JSON object" },
        { "no jsonrpc member", """{"id":93,"method":"ping"}""", -32600, "jsonrpc" },
        { "no method", """{"jsonrpc":"2.0","id":94}""", -32600, "method" },
        { "nested too deep", new string('[', 200) + new string(']', 200), -32600, "batches" },
        { "object nested too deep", """{"jsonrpc":"2.0","id":95,"method":"ping","params":""" +
            string.Concat(Enumerable.Repeat("""{"a":""", 100)) + "1" + new string('}', 101), -32700, "depth" },
        { "lone high surrogate", """{"jsonrpc":"2.0","id":97,"method":"tools/call","params":""" +
            """{"name":"lint_text","arguments":{"text":"bad \ud800 text"}}}""", -32700, "'text'" },
        { "lone low surrogate in a nested item", """{"jsonrpc":"2.0","id":98,"method":"tools/call","params":""" +
            """{"name":"lint_text","arguments":{"events":[{"d":"\udc00"}]}}}""", -32700, "'events'" },
    };

    [Theory]
    [MemberData(nameof(BrokenLines))]
    public async Task Stdin_BrokenLine_AnswersJsonRpcErrorAndStaysUp(string what, string line, int code, string says)
    {
        var before = FolderSnapshot.Take(fixture.Folder);

        await fixture.Server.SendLineAsync(line);

        var error = await fixture.Server.ReadMessageAsync();
        Assert.True(error["error"] is JsonObject, $"{what}: {error.ToJsonString()}");
        Assert.Equal(code, error["error"]!["code"]!.GetValue<int>());
        Assert.Contains(says, error["error"]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        await AssertStillServesAsync();
        Assert.Equal(before, FolderSnapshot.Take(fixture.Folder));
    }

    [Fact]
    public async Task Stdin_InvalidUtf8InAnArgument_AnswersParseErrorAndWritesNothing()
    {
        var before = FolderSnapshot.Take(fixture.Folder);
        var line = Encoding.UTF8.GetBytes(
            $$"""{"jsonrpc":"2.0","id":96,"method":"tools/call","params":{"name":"set_summary","arguments":{"id":"{{fixture.Id}}","summary":"bad """)
            .Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE })
            .Concat(Encoding.UTF8.GetBytes("\"}}}\n"))
            .ToArray();

        await fixture.Server.SendBytesAsync(line);

        var error = await fixture.Server.ResponseAsync(96);
        Assert.Equal(-32700, error["error"]!["code"]!.GetValue<int>());
        Assert.Contains("UTF-8", error["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertStillServesAsync();
        Assert.Equal(before, FolderSnapshot.Take(fixture.Folder));
    }

    [Fact]
    public async Task Stdin_MessageOverTheSizeLimit_IsRefusedWithItsIdWithoutBeingRead()
    {
        var before = FolderSnapshot.Take(fixture.Folder);
        var huge = new string('a', GuardedInputStream.MaxMessageBytes + 1024);

        // The id last, as the TypeScript SDK writes it, so only the line's end can name the request.
        await fixture.Server.SendLineAsync(
            $$$"""{"method":"tools/call","params":{"name":"set_summary","arguments":{"id":"{{{fixture.Id}}}","summary":"{{{huge}}}"}},"jsonrpc":"2.0","id":97}""");

        var error = await fixture.Server.ResponseAsync(97);
        Assert.Equal(-32600, error["error"]!["code"]!.GetValue<int>());
        Assert.Contains($"limit is {GuardedInputStream.MaxMessageBytes} bytes", error["error"]!["message"]!.GetValue<string>(),
            StringComparison.Ordinal);
        await AssertStillServesAsync();
        Assert.Equal(before, FolderSnapshot.Take(fixture.Folder));
    }

    public static TheoryData<string, string, string> BadCalls => new()
    {
        { "get_postmortem", """{"id":5}""", "should be \"string\"" },
        { "get_postmortem", """{"id":"ID","bogus":true}""", "It accepts: id" },
        { "set_summary", """{"id":"ID","summary":"ok","summmary":"typo"}""", "It accepts: id, summary, expected_revision" },
        { "set_summary", """{"id":"ID"}""", "summary" },
        { "set_summary", """{"id":"ID","summary":["a list"]}""", "should be \"string\"" },
        { "set_summary", """{"id":"ID","summary":"ok","expected_revision":"one"}""", "expected_revision" },
        { "set_summary", """{"id":"ID","summary":"TOO_LONG"}""", "the limit is 20000" },
        { "add_timeline_events", """{"id":"ID","events":"14:00 it broke"}""", "should be \"array\"" },
        { "add_timeline_events", """{"id":"ID","events":[{"time":"14:00"}]}""", "description" },
        { "add_timeline_events", """{"id":"ID","events":[{"time":"14:00","description":"x","kind":"exploded"}]}""", "kind" },
        { "add_timeline_events", """{"id":"ID","events":TOO_MANY}""", "the limit per call is 500" },
        { "get_postmortem", """{"id":"../../etc/passwd"}""", "must be a postmortem id" },
        { "get_postmortem", """{"id":"a/b"}""", "must be a postmortem id" },
        { "get_postmortem", """{"id":"..\\evil"}""", "must be a postmortem id" },
        { "set_summary", """{"id":"..","summary":"ok"}""", "must be a postmortem id" },
        { "delete_postmortem", """{"id":"/tmp/x"}""", "must be a postmortem id" },
        { "no_such_tool", """{}""", "no_such_tool" },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public async Task ToolsCall_BadArguments_ToolErrorNamesTheProblemAndWritesNothing(string tool, string arguments, string says)
    {
        var before = FolderSnapshot.Take(fixture.Folder);
        var json = arguments.Replace("ID", fixture.Id, StringComparison.Ordinal)
            .Replace("TOO_LONG", new string('x', 20_001), StringComparison.Ordinal)
            .Replace("TOO_MANY", ManyEvents(501), StringComparison.Ordinal);

        var response = await fixture.Server.RequestAsync("tools/call",
            new JsonObject { ["name"] = tool, ["arguments"] = JsonNode.Parse(json) });

        var message = response["result"] is JsonObject result
            ? Assert.IsType<bool>(result["isError"]?.GetValue<bool>()) ? result["content"]![0]!["text"]!.GetValue<string>() : ""
            : response["error"]!["message"]!.GetValue<string>();
        Assert.Contains(says, message, StringComparison.Ordinal);
        await AssertStillServesAsync();
        Assert.Equal(before, FolderSnapshot.Take(fixture.Folder));
    }

    private static string ManyEvents(int count) =>
        new JsonArray(Enumerable.Range(0, count)
            .Select(i => (JsonNode)new JsonObject { ["time"] = "2025-07-09T10:00:00Z", ["description"] = $"Step {i}." })
            .ToArray()).ToJsonString();

    private async Task AssertStillServesAsync()
    {
        var pong = await fixture.Server.RequestAsync("ping");
        Assert.True(pong["result"] is JsonObject, pong.ToJsonString());
        var read = await fixture.Server.CallToolAsync("get_postmortem", new JsonObject { ["id"] = fixture.Id });
        Assert.NotEqual(true, read["isError"]?.GetValue<bool>());
    }
}
