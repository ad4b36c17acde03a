using System.Text.RegularExpressions;

namespace McpPostmortem.Server.Tests.Skill;

/// <summary>Finds the repository root and reads the skill and packaging files from it.</summary>
public static partial class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    /// <summary>SKILL.md and every Markdown file under skill/, as paths relative to the root.</summary>
    public static IReadOnlyList<string> SkillMarkdown() =>
        [
            "SKILL.md",
            .. Directory.EnumerateFiles(PathOf("skill"), "*.md", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
                .Order(StringComparer.Ordinal),
        ];

    /// <summary>The value of an MSBuild property as written in a project or props file.</summary>
    public static string MsBuildProperty(string relativePath, string property)
    {
        var match = Regex.Match(Read(relativePath), $"<{property}>([^<]*)</{property}>");
        return match.Success
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"{relativePath} sets no {property}.");
    }

    /// <summary>Markdown text with fenced code blocks removed, so their contents are not read as prose.</summary>
    public static string WithoutCodeFences(string markdown) => CodeFence().Replace(markdown, "");

    [GeneratedRegex(@"^```.*?^```[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeFence();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "McpPostmortem.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("McpPostmortem.sln not found above the test binaries.");
    }
}
