namespace McpPostmortem.Linting;

/// <summary>One family of blame language: its id, what is wrong with it, and the pattern to follow.</summary>
public sealed record BlameCategory(string Id, FindingSeverity Severity, string Message, string Advice)
{
    /// <summary>The rule id findings of this family carry, such as "blame/counterfactual".</summary>
    public string RuleId => (Severity == FindingSeverity.Error ? "blame/" : "advice/") + Id;
}
