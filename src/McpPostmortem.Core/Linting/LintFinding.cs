namespace McpPostmortem.Linting;

/// <summary>One problem the linter found, as data: what, why, how to say it instead, and where.</summary>
public sealed record LintFinding
{
    /// <summary>A stable rule id such as "blame/counterfactual".</summary>
    public required string RuleId { get; init; }

    /// <summary>The blame category, such as "counterfactual"; advisories have their own.</summary>
    public required string Category { get; init; }

    public required FindingSeverity Severity { get; init; }

    /// <summary>One sentence on what the problem is.</summary>
    public required string Message { get; init; }

    /// <summary>A rewritten sentence where the rewrite is mechanical, else the pattern to follow.</summary>
    public required string Suggestion { get; init; }

    /// <summary>The words that triggered the finding.</summary>
    public string Excerpt { get; init; } = "";

    public required LintLocation Location { get; init; }
}
