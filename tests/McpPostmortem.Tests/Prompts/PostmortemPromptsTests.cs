using System.Text.RegularExpressions;
using McpPostmortem.Server.Tests.TestSupport;
using ModelContextProtocol.Protocol;

namespace McpPostmortem.Server.Tests.Prompts;

public sealed partial class PostmortemPromptsTests
{
    [Fact]
    public async Task GetPrompt_WritePostmortem_NamesTheToolsInSkillOrder()
    {
        using var folder = new TempFolder();
        await using var server = await InProcessServer.StartAsync(folder.Path);
        var ct = TestContext.Current.CancellationToken;
        var tools = await server.Client.ListToolsAsync(cancellationToken: ct);
        var prompts = await server.Client.ListPromptsAsync(cancellationToken: ct);
        var names = tools.Select(t => t.Name).Concat(prompts.Select(p => p.Name))
            .Where(n => n != "write_postmortem")
            .ToHashSet(StringComparer.Ordinal);

        var prompt = await server.Client.GetPromptAsync("write_postmortem",
            new Dictionary<string, object?> { ["incident"] = "API errors after a deploy" }, cancellationToken: ct);

        var text = string.Concat(prompt.Messages.Select(m => (m.Content as TextContentBlock)?.Text));
        var skill = File.ReadAllText(Path.Combine(Repository.Root, "SKILL.md"));
        var orderOfWork = skill[skill.IndexOf("## Order of work", StringComparison.Ordinal)..];
        orderOfWork = orderOfWork[..orderOfWork.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        Assert.Contains("API errors after a deploy", text, StringComparison.Ordinal);
        Assert.Equal(FirstMentions(orderOfWork, names), FirstMentions(text, names));
        Assert.Contains("check_postmortem", FirstMentions(text, names));
        Assert.Contains("add_debrief_notes", FirstMentions(text, names));
        Assert.Contains("set_review_status", FirstMentions(text, names));
    }

    /// <summary>The tool and prompt names in the order the text first mentions them.</summary>
    private static List<string> FirstMentions(string text, HashSet<string> names) =>
        Word().Matches(text).Select(m => m.Value).Where(names.Contains).Distinct().ToList();

    [GeneratedRegex("[a-z]+(?:_[a-z]+)+")]
    private static partial Regex Word();
}
