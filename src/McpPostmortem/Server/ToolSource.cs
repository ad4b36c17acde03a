using ModelContextProtocol.Server;

namespace McpPostmortem.Server;

/// <summary>One tool method and how to build it the SDK's way; the catalog is generated from these.</summary>
public sealed record ToolSource(string Name, Func<IServiceProvider, McpServerTool> Build);
