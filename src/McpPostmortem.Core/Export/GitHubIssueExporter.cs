using System.Text.Json;
using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Serialization;

namespace McpPostmortem.Export;

/// <summary>Action items as a JSON array of GitHub issue drafts ({title, body, labels}).</summary>
internal static class GitHubIssueExporter
{
    // GitHub refuses issue titles longer than 256 characters.
    private const int MaxTitleLength = 256;

    public const string Usage =
        "A JSON array of {title, body, labels}, one per action item. Each element is the arguments of the " +
        "GitHub MCP server's create_issue (add owner and repo). With the gh CLI, create the labels once " +
        "(gh label create postmortem; gh label create priority:P1; gh label create class:prevent; ...), then: " +
        "jq -c '.[]' FILE | while read -r issue; do gh issue create --title \"$(jq -r .title <<<\"$issue\")\" " +
        "--body \"$(jq -r .body <<<\"$issue\")\" $(jq -r '.labels[] | \"--label \\(.)\"' <<<\"$issue\"); done. " +
        "Labels contain no spaces, so the word splitting is safe. Then record each issue URL with " +
        "update_action_item tracking_link.";

    public static string Write(Postmortem postmortem, IReadOnlyList<ActionItem> items, ExportOptions options)
    {
        var drafts = items.Select(item => new GitHubIssueDraft(
            ExportText.Truncate(Single(item.Action), MaxTitleLength),
            Body(postmortem, item, options),
            Labels(item))).ToList();
        return JsonSerializer.Serialize<IReadOnlyList<GitHubIssueDraft>>(
            drafts, ExportJsonContext.Default.IReadOnlyListGitHubIssueDraft);
    }

    /// <summary>The labels of one issue: the postmortem marker, the priority and the class.</summary>
    public static IReadOnlyList<string> Labels(ActionItem item) =>
        ["postmortem", "priority:" + EnumNames.Of(item.Priority), "class:" + EnumNames.Of(item.Class)];

    private static string Body(Postmortem postmortem, ActionItem item, ExportOptions options)
    {
        return
            $"Action item `{item.Id}` from the postmortem **{MarkdownText.Line(postmortem.Title)}** " +
            $"({EnumNames.Of(postmortem.Severity)}, incident of {ExportText.Date(postmortem.IncidentDate)}).\n\n" +
            $"{MarkdownText.Block(item.Action)}\n\n" +
            $"| Field | Value |\n|---|---|\n" +
            $"| Owner | {(item.Owner.Length > 0 ? MarkdownText.Cell(item.Owner) : "_unassigned_")} |\n" +
            $"| Due date | {ExportText.Date(item.DueDate)} |\n" +
            $"| Priority | {EnumNames.Of(item.Priority)} ({ExportText.PriorityMeaning(item.Priority)}) |\n" +
            $"| Class | {EnumNames.Of(item.Class)} |\n" +
            $"| Status | {EnumNames.Of(item.Status)} |\n\n" +
            (options.PostmortemLink.Length > 0
                ? $"Postmortem: [{MarkdownText.Line(postmortem.Title)}]({MarkdownText.Url(options.PostmortemLink)})\n"
                : $"Postmortem: {MarkdownText.Line(postmortem.Title)} (id `{postmortem.Id}`, file " +
                    $"`{postmortem.Id}.md` in the postmortems folder; no link was given)\n");
    }

    private static string Single(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
}
