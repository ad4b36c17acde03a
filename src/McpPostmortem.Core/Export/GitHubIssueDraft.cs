namespace McpPostmortem.Export;

/// <summary>
/// One GitHub issue to create: the fields `gh issue create --title --body --label` and the GitHub
/// MCP server's create_issue take.
/// </summary>
public sealed record GitHubIssueDraft(string Title, string Body, IReadOnlyList<string> Labels);
