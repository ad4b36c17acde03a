using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace McpPostmortem.Server.Tests.Skill;

/// <summary>
/// The package's .mcp/server.json: valid against the MCP registry's schema, and carrying the one
/// version number of the build and the package ids the project file packs.
/// </summary>
public sealed class ServerJsonTests
{
    private const string ServerJsonPath = "src/McpPostmortem/.mcp/server.json";

    private const string ProjectPath = "src/McpPostmortem/McpPostmortem.csproj";

    private const string LongDescription =
        "This description is far longer than the registry allows: it goes on for more than one hundred characters.";

    private static readonly string SchemaPath =
        Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "schemas", "server.schema.json"));

    private static readonly Lazy<JsonSchema> RegistrySchema =
        new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    [Fact]
    public void RegistrySchema_IsDraft07_WhichJsonSchemaNetEvaluates()
    {
        var declared = JsonNode.Parse(File.ReadAllText(SchemaPath))!["$schema"]!.GetValue<string>();

        Assert.Equal("http://json-schema.org/draft-07/schema#", declared);
        Assert.Equal(new Uri(declared), Dialect.Draft07.Id);
    }

    [Fact]
    public void ServerJson_IsValidAgainstTheRegistrySchema()
    {
        var results = Evaluate(RepositoryFiles.Read(ServerJsonPath));

        Assert.True(results.IsValid, Describe(results));
    }

    [Theory]
    [InlineData("description", "\"" + LongDescription + "\"")]
    [InlineData("name", "\"no-slash-in-this-name\"")]
    [InlineData("version", "7")]
    public void ServerJson_WithABrokenField_IsRejected(string field, string value)
    {
        var broken = JsonNode.Parse(RepositoryFiles.Read(ServerJsonPath))!.AsObject();
        broken[field] = JsonNode.Parse(value);

        Assert.False(Evaluate(broken.ToJsonString()).IsValid);
    }

    [Fact]
    public void ServerJson_PackageWithLatestVersion_IsRejected()
    {
        var broken = JsonNode.Parse(RepositoryFiles.Read(ServerJsonPath))!;
        broken["packages"]![0]!["version"] = "latest";

        Assert.False(Evaluate(broken.ToJsonString()).IsValid);
    }

    [Fact]
    public void PackageReadme_CarriesTheRegistryOwnershipLine()
    {
        // The MCP registry verifies a NuGet package by finding "mcp-name: <server name>" in its README.
        var name = JsonNode.Parse(RepositoryFiles.Read(ServerJsonPath))!["name"]!.GetValue<string>();
        var readme = RepositoryFiles.MsBuildProperty(ProjectPath, "PackageReadmeFile");

        Assert.Contains($"mcp-name: {name}", RepositoryFiles.Read("src", "McpPostmortem", readme),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Versions_AllEqualTheBuildVersion()
    {
        var version = RepositoryFiles.MsBuildProperty("Directory.Build.props", "Version");
        var server = JsonNode.Parse(RepositoryFiles.Read(ServerJsonPath))!;

        Assert.Equal(version, server["version"]!.GetValue<string>());
        Assert.All(server["packages"]!.AsArray(), p => Assert.Equal(version, p!["version"]!.GetValue<string>()));
    }

    [Fact]
    public void Packages_AreTheIdsTheProjectPacks()
    {
        var server = JsonNode.Parse(RepositoryFiles.Read(ServerJsonPath))!;
        var identifiers = server["packages"]!.AsArray().Select(p => p!["identifier"]!.GetValue<string>()).ToList();
        var project = RepositoryFiles.Read(ProjectPath);

        Assert.Equal(["McpPostmortem", "McpPostmortem.Native"], identifiers);
        Assert.All(identifiers,
            id => Assert.Contains($"<PackageId>{id}</PackageId>", project, StringComparison.Ordinal));
        Assert.All(server["packages"]!.AsArray(), p => Assert.Equal("nuget", p!["registryType"]!.GetValue<string>()));
    }

    [Fact]
    public void Project_PacksServerJsonAsAnMcpServerTool()
    {
        Assert.Equal("true", RepositoryFiles.MsBuildProperty(ProjectPath, "PackAsTool"));
        Assert.Equal("McpServer", RepositoryFiles.MsBuildProperty(ProjectPath, "PackageType"));
        Assert.Equal("mcp-postmortem", RepositoryFiles.MsBuildProperty(ProjectPath, "ToolCommandName"));
        Assert.Contains("<None Include=\".mcp/server.json\" Pack=\"true\" PackagePath=\"/.mcp/\" />",
            RepositoryFiles.Read(ProjectPath), StringComparison.Ordinal);
    }

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return RegistrySchema.Value.Evaluate(document.RootElement.Clone(), Evaluation);
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
