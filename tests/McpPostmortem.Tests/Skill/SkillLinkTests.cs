using System.Text.RegularExpressions;

namespace McpPostmortem.Server.Tests.Skill;

/// <summary>Every relative link in SKILL.md and skill/ leads to a file or heading that exists.</summary>
public sealed partial class SkillLinkTests
{
    public static TheoryData<string> MarkdownFiles() => [.. RepositoryFiles.SkillMarkdown()];

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void RelativeLinks_Resolve(string file)
    {
        var broken = new List<string>();
        var text = RepositoryFiles.WithoutCodeFences(RepositoryFiles.Read(file));
        foreach (Match link in Link().Matches(text))
        {
            var target = link.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal)
                || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var (path, anchor) = SplitAnchor(target);
            var resolved = path.Length == 0
                ? RepositoryFiles.PathOf(file)
                : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(RepositoryFiles.PathOf(file))!, path));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add($"{target} (no such file)");
            }
            else if (anchor.Length > 0 && File.Exists(resolved) && !Anchors(resolved).Contains(anchor))
            {
                broken.Add($"{target} (no such heading)");
            }
        }

        Assert.True(broken.Count == 0, $"{file} has broken links: {string.Join("; ", broken)}");
    }

    [Fact]
    public void SkillMarkdown_LinksEveryReferenceFile()
    {
        var skill = RepositoryFiles.Read("SKILL.md");
        var references = Directory.EnumerateFiles(RepositoryFiles.PathOf("skill", "references"), "*.md")
            .Select(p => $"skill/references/{Path.GetFileName(p)}");

        Assert.All(references, r => Assert.Contains($"]({r}", skill, StringComparison.Ordinal));
    }

    /// <summary>GitHub-style anchors of a Markdown file's headings.</summary>
    private static HashSet<string> Anchors(string path) =>
        Heading().Matches(File.ReadAllText(path))
            .Select(m => Slug(m.Groups["text"].Value))
            .ToHashSet(StringComparer.Ordinal);

    private static string Slug(string heading) =>
        NotSlug().Replace(heading.Trim().ToLowerInvariant(), "").Replace(' ', '-');

    private static (string Path, string Anchor) SplitAnchor(string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (target, "") : (target[..hash], target[(hash + 1)..]);
    }

    [GeneratedRegex(@"(?<!!)\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^a-z0-9 \-]")]
    private static partial Regex NotSlug();
}
