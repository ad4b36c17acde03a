namespace McpPostmortem.Linting;

/// <summary>One accepted phrase match in a text, before it is placed in a document.</summary>
internal sealed record BlameMatch(
    BlameCategory Category,
    FindingSeverity Severity,
    int Start,
    int Length,
    string Excerpt,
    string Suggestion)
{
    public LintFinding ToFinding(LintLocation location) => new()
    {
        RuleId = Category.RuleId,
        Category = Category.Id,
        Severity = Severity,
        Message = Category.Message,
        Suggestion = Suggestion,
        Excerpt = Excerpt,
        Location = location,
    };
}
