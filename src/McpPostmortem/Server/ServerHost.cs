using McpPostmortem.Server.Prompts;
using McpPostmortem.Server.Tools;
using McpPostmortem.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace McpPostmortem.Server;

/// <summary>Builds and runs the MCP server over stdio.</summary>
public static class ServerHost
{
    public static async Task<int> RunAsync(string directory, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // stdout carries the protocol; every log line goes to stderr.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("ModelContextProtocol", LogLevel.Warning);

        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.AddSingleton(new PostmortemStore(directory));
        // The guard answers broken lines with JSON-RPC errors; the SDK's own stdio reader drops them unseen.
        var output = new ProtocolOutputStream(Console.OpenStandardOutput());
        var input = new GuardedInputStream(Console.OpenStandardInput(), output);
        AddPostmortemServer(builder.Services).WithStreamServerTransport(input, output);

        using var host = builder.Build();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Registers the workspace, tools, prompts and filters; shared with the in-process tests.</summary>
    public static IMcpServerBuilder AddPostmortemServer(IServiceCollection services)
    {
        services.AddSingleton<Workspace>();
        return services
            .AddMcpServer(o =>
            {
                o.ServerInfo = new() { Name = "mcp-postmortem", Version = ServerVersion.Current };
                o.ServerInstructions = ServerInstructions.Text;
            })
            .WithRequestFilters(f => f.AddCallToolFilter(ToolCallFilter.Create))
            .WithCatalogedTools<PostmortemTools>()
            .WithCatalogedTools<SectionTools>()
            .WithCatalogedTools<TimelineTools>()
            .WithCatalogedTools<ContributingFactorTools>()
            .WithCatalogedTools<ActionItemTools>()
            .WithCatalogedTools<DocumentTools>()
            .WithCatalogedTools<ReviewTools>()
            .WithCatalogedTools<ExportTools>()
            .WithCatalogedTools<AnalysisTools>()
            .WithCatalogedTools<TemplateTools>()
            .WithCatalogedTools<ImportTools>()
            .WithCatalogedTools<DebriefTools>()
            .WithResources<Resources.TemplateResources>()
            .WithPrompts<PostmortemPrompts>(ServerJson.Options)
            .WithPrompts<DebriefPrompts>(ServerJson.Options);
    }
}
