using YamlDotNet.RepresentationModel;

namespace McpPostmortem.Server.Tests.Skill;

/// <summary>The release workflow builds a Native AOT package for every RID the pointer package lists.</summary>
public sealed class ReleaseWorkflowTests
{
    [Fact]
    public void NativeMatrix_CoversEveryToolPackageRuntimeIdentifier()
    {
        var listed = RepositoryFiles
            .MsBuildProperty("src/McpPostmortem/McpPostmortem.csproj", "ToolPackageRuntimeIdentifiers")
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Order(StringComparer.Ordinal);

        var built = MatrixRids().Order(StringComparer.Ordinal);

        Assert.Equal(listed, built);
    }

    [Fact]
    public void NativeMatrix_BuildsEachRidOnItsOwnOperatingSystem()
    {
        var matrix = Matrix();

        Assert.All(matrix, entry =>
        {
            var os = entry["os"];
            var expected = entry["rid"].Split('-')[0] switch
            {
                "linux" => "ubuntu",
                "osx" => "macos",
                _ => "windows",
            };
            Assert.StartsWith(expected, os, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("macos-13")]
    [InlineData("macos-12")]
    [InlineData("ubuntu-20.04")]
    public void NativeMatrix_UsesNoRetiredRunner(string retired)
    {
        Assert.DoesNotContain(Matrix(), entry => entry["os"] == retired);
    }

    [Fact]
    public void Steps_ConditionReadsNoEnvSetInTheSameStep()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(RepositoryFiles.Read(".github", "workflows", "release.yml")));
        var jobs = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["jobs"];

        var steps = jobs.Children.Values.Cast<YamlMappingNode>()
            .Where(job => job.Children.ContainsKey("steps"))
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>());

        // GitHub evaluates a step's if before it sets the step's env, so such a condition is always false.
        Assert.All(steps.Where(step => step.Children.ContainsKey("if") && step.Children.ContainsKey("env")), step =>
        {
            var condition = ((YamlScalarNode)step["if"]).Value!;
            foreach (var name in ((YamlMappingNode)step["env"]).Children.Keys.Cast<YamlScalarNode>())
            {
                Assert.DoesNotContain($"env.{name.Value}", condition, StringComparison.Ordinal);
            }
        });
    }

    private static IEnumerable<string> MatrixRids() => Matrix().Select(entry => entry["rid"]);

    private static List<Dictionary<string, string>> Matrix()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(RepositoryFiles.Read(".github", "workflows", "release.yml")));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var native = (YamlMappingNode)((YamlMappingNode)root["jobs"])["native"];
        var include = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)native["strategy"])["matrix"])["include"];
        return include.Children
            .Cast<YamlMappingNode>()
            .Select(m => m.Children.ToDictionary(
                kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!, StringComparer.Ordinal))
            .ToList();
    }
}
