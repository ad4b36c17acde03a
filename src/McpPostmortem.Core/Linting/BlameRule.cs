using System.Text.RegularExpressions;

namespace McpPostmortem.Linting;

/// <summary>A phrase pattern of one blame category, with what to say about it.</summary>
public sealed record BlameRule(string Category, Regex Pattern, string Message, string Suggestion)
{
    public string RuleId => "blame/" + Category;
}
