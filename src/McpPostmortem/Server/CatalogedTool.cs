using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server;

/// <summary>
/// A tool whose protocol description comes from the tool catalog, and whose callable form is built
/// on its first call. Building a tool derives its JSON schemas through reflection, which under
/// Native AOT took most of the server's start-up; a session calls only some of the tools.
/// </summary>
internal sealed class CatalogedTool(Tool protocolTool, Func<McpServerTool> build) : McpServerTool
{
    private readonly Lazy<McpServerTool> _tool = new(build, LazyThreadSafetyMode.ExecutionAndPublication);

    public override Tool ProtocolTool { get; } = protocolTool;

    public override IReadOnlyList<object> Metadata => [];

    public override ValueTask<CallToolResult> InvokeAsync(
        RequestContext<CallToolRequestParams> request,
        CancellationToken cancellationToken = default) =>
        _tool.Value.InvokeAsync(request, cancellationToken);
}
