using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using McpPostmortem.Linting;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Linting;

public sealed class SarifWriterTests
{
    // Installed by .ci/sarif-schema.sh from the npm package @microsoft/jest-sarif.
    private static readonly string SchemaPath = Path.Combine(SharedFiles.RepositoryRoot, ".ci", "npm",
        "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json");

    [Fact]
    public void Write_Findings_IsValidAgainstTheSarif210Schema()
    {
        if (!File.Exists(SchemaPath))
        {
            Assert.False(Environment.GetEnvironmentVariable("MCP_POSTMORTEM_REQUIRE_SARIF_SCHEMA") == "1",
                $"SARIF schema missing at {SchemaPath}; .ci/sarif-schema.sh installs it.");
            Assert.Skip($"SARIF schema not installed at {SchemaPath}; run .ci/sarif-schema.sh (CI does).");
        }

        var log = Log("The DBA was careless.\nObviously the cache was stale.\nThe root cause was a full disk.");

        var results = Draft07(File.ReadAllText(SchemaPath))
            .Evaluate(log.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Write_Findings_CarryRuleLevelAndRegion()
    {
        var log = Log("Intro.\nThe DBA was careless.");

        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "blame/character-judgment");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal((2, 13), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Write_FindingThatWrapsALine_EndsOnTheLaterLineInsideIt()
    {
        var log = Log("Then Ana should\nhave paged the DBA.");

        var region = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "blame/counterfactual")
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((1, 10, 2, 5), (region.GetProperty("startLine").GetInt32(),
            region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(),
            region.GetProperty("endColumn").GetInt32()));
    }

    private static JsonDocument Log(string text)
    {
        var findings = new BlameLinter().LintText(text).Select(f => ("docs/postmortem.md", f)).ToList();
        using var stream = new MemoryStream();
        SarifWriter.Write(stream, findings, "1.2.3");
        return JsonDocument.Parse(stream.ToArray());
    }

    // The published schema is draft-04; its keywords here are the same in draft-07 except the root "id",
    // which is dropped (every $ref is local) so the schema registry gets a fresh base URI.
    private static JsonSchema Draft07(string draft04)
    {
        var node = JsonNode.Parse(draft04)!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        node.Remove("id");

        return JsonSchema.FromText(node.ToJsonString());
    }
}
