using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace McpPostmortem.Server.Tests.Skill;

/// <summary>SKILL.md against the Agent Skills specification: frontmatter fields and body size.</summary>
public sealed partial class SkillFrontmatterTests
{
    private static readonly string[] AllowedKeys =
        ["name", "description", "license", "compatibility", "metadata", "allowed-tools"];

    [Fact]
    public void Frontmatter_OnlyKnownKeys_NameAndDescriptionPresent()
    {
        var keys = Frontmatter().Keys.ToList();

        Assert.Contains("name", keys);
        Assert.Contains("description", keys);
        Assert.All(keys, k => Assert.Contains(k, AllowedKeys));
    }

    [Fact]
    public void Name_LowercaseLettersDigitsHyphens_AtMost64()
    {
        var name = Frontmatter()["name"];

        Assert.InRange(name.Length, 1, 64);
        Assert.Matches(NamePattern(), name);
    }

    [Fact]
    public void Description_AtMost1024Characters()
    {
        var description = Frontmatter()["description"];

        Assert.InRange(description.Length, 1, 1024);
    }

    [Theory]
    [InlineData("postmortem")]
    [InlineData("incident review")]
    [InlineData("RCA")]
    [InlineData("post-incident")]
    public void Description_HasTheWordsPeopleType(string words)
    {
        Assert.Contains(words, Frontmatter()["description"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Description_SaysWhenToUseIt()
    {
        Assert.Contains("Use it when", Frontmatter()["description"], StringComparison.Ordinal);
    }

    [Fact]
    public void Compatibility_AtMost500Characters()
    {
        var frontmatter = Frontmatter();

        Assert.True(frontmatter.TryGetValue("compatibility", out var compatibility));
        Assert.InRange(compatibility!.Length, 1, 500);
    }

    [Fact]
    public void Body_Under500Lines()
    {
        var (_, body) = Split(RepositoryFiles.Read("SKILL.md"));

        Assert.InRange(body.Split('\n').Length, 1, 499);
    }

    [Fact]
    public void Body_TellsHowToInstallAndRegisterTheServer()
    {
        var (_, body) = Split(RepositoryFiles.Read("SKILL.md"));

        Assert.Contains("dotnet tool install", body, StringComparison.Ordinal);
        Assert.Contains(
            "claude mcp add --transport stdio postmortem -- mcp-postmortem", body, StringComparison.Ordinal);
        Assert.Contains(".vscode/mcp.json", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_IsThePluginsSkill()
    {
        // The plugin manifest points at the root folder; the name a user invokes comes from here.
        Assert.Equal("postmortem", Frontmatter()["name"]);
    }

    /// <summary>Parses the YAML frontmatter into plain string values.</summary>
    internal static Dictionary<string, string> Frontmatter()
    {
        var (yaml, _) = Split(RepositoryFiles.Read("SKILL.md"));
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return root.Children.ToDictionary(
            entry => ((YamlScalarNode)entry.Key).Value!,
            entry => entry.Value is YamlScalarNode scalar ? scalar.Value ?? "" : entry.Value.ToString(),
            StringComparer.Ordinal);
    }

    private static (string Yaml, string Body) Split(string skill)
    {
        var text = skill.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith("---\n", text, StringComparison.Ordinal);
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        Assert.True(end > 0, "SKILL.md frontmatter has no closing ---.");
        return (text[4..end], text[(end + 5)..]);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
