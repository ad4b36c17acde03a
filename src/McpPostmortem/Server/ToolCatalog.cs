using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server;

/// <summary>
/// The tools/list reply, generated from the tool classes and kept in tools.json beside this file.
/// The server answers tools/list from it and builds each tool on its first call. A test generates the
/// catalog afresh and fails, rewriting the file, whenever a name, description or schema changed.
/// </summary>
public static class ToolCatalog
{
    private static readonly Lazy<Dictionary<string, Tool>> Embedded = new(ReadEmbedded);

    // The SDK's own contract for the protocol types, indented and without needless escapes, so a
    // change shows as a readable diff.
    private static readonly JsonTypeInfo<ListToolsResult> CatalogJson = (JsonTypeInfo<ListToolsResult>)
        new JsonSerializerOptions(McpJsonUtilities.DefaultOptions)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }
            .GetTypeInfo(typeof(ListToolsResult));

    /// <summary>Registers the tools of <typeparamref name="T"/>, described from the catalog.</summary>
    public static IMcpServerBuilder WithCatalogedTools<[DynamicallyAccessedMembers(
        DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicConstructors)] T>(
        this IMcpServerBuilder builder)
        where T : class
    {
        foreach (var method in ToolMethods(typeof(T)))
        {
            var source = new ToolSource(ToolName(method), services => Create<T>(method, services));
            builder.Services.AddSingleton(source);
            builder.Services.AddSingleton<McpServerTool>(services =>
                Embedded.Value.TryGetValue(source.Name, out var described)
                    ? new CatalogedTool(described, () => source.Build(services))
                    : source.Build(services));
        }

        return builder;
    }

    /// <summary>The catalog as the tool classes describe it now, in registration order.</summary>
    public static ListToolsResult Generate(IServiceProvider services) =>
        new() { Tools = [.. services.GetServices<ToolSource>().Select(s => s.Build(services).ProtocolTool)] };

    /// <summary>The catalog's JSON, as tools.json holds it.</summary>
    public static string Serialize(ListToolsResult catalog) =>
        JsonSerializer.Serialize(catalog, CatalogJson) + "\n";

    /// <summary>Builds one tool the SDK's way, with schemas every client accepts.</summary>
    private static McpServerTool Create<[DynamicallyAccessedMembers(
        DynamicallyAccessedMemberTypes.PublicConstructors)] T>(MethodInfo method, IServiceProvider services)
        where T : class
    {
        var tool = McpServerTool.Create(
            method,
            request => ActivatorUtilities.CreateInstance<T>(request.Services!),
            new McpServerToolCreateOptions { Services = services, SerializerOptions = ServerJson.Options });
        tool.ProtocolTool.InputSchema = PortableSchema.Simplify(tool.ProtocolTool.InputSchema);
        if (ExpectedRevision.AppliesTo(tool.ProtocolTool))
        {
            tool.ProtocolTool.InputSchema = ExpectedRevision.AddTo(tool.ProtocolTool.InputSchema);
        }

        if (tool.ProtocolTool.OutputSchema is { } outputSchema)
        {
            tool.ProtocolTool.OutputSchema = PortableSchema.SplitNullable(outputSchema);
        }

        return tool;
    }

    private static IEnumerable<MethodInfo> ToolMethods(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttribute<McpServerToolAttribute>() is not null);

    private static string ToolName(MethodInfo method) =>
        method.GetCustomAttribute<McpServerToolAttribute>()!.Name ?? method.Name;

    private static Dictionary<string, Tool> ReadEmbedded()
    {
        using var stream = typeof(ToolCatalog).Assembly.GetManifestResourceStream("tools.json");
        if (stream is null)
        {
            return new Dictionary<string, Tool>();
        }

        var catalog = JsonSerializer.Deserialize(stream, CatalogJson);
        return (catalog?.Tools ?? []).ToDictionary(t => t.Name, StringComparer.Ordinal);
    }
}
