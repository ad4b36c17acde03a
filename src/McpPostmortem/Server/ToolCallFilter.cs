using McpPostmortem.Errors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server;

/// <summary>
/// Wraps every tool call: arguments are checked against the schema first, caller-fixable errors come
/// back as tool errors with their message, and internal faults are logged and reported without detail.
/// </summary>
public static class ToolCallFilter
{
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Create(
        McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            var name = context.Params?.Name ?? "";
            if (context.MatchedPrimitive is McpServerTool tool)
            {
                var problems = ArgumentCheck.Problems(tool.ProtocolTool, context.Params?.Arguments);
                if (problems is not null)
                {
                    return Error(problems);
                }

                ExpectedRevision.Begin(
                    ExpectedRevision.AppliesTo(tool.ProtocolTool) ? context.Params?.Arguments : null);
            }

            IdleTrim.CallStarted();
            try
            {
                return await next(context, cancellationToken).ConfigureAwait(false);
            }
            catch (PostmortemException ex)
            {
                return Error(ex.Message);
            }
            catch (Exception ex) when (ex is not McpException and not OperationCanceledException)
            {
                var logger = context.Services?.GetService<ILoggerFactory>()?.CreateLogger(typeof(ToolCallFilter));
                logger?.LogError(ex, "Tool {Tool} failed", name);
                return Error($"{name} failed inside the server; nothing was saved. The server log has the details.");
            }
            finally
            {
                IdleTrim.CallEnded(context.Services?.GetService<Workspace>());
            }
        };

    /// <summary>A tool error the model can read and act on.</summary>
    public static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };
}
