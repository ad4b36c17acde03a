using System.Text.RegularExpressions;
using McpPostmortem.Linting;

namespace McpPostmortem.ActionItems;

/// <summary>
/// A phrase pattern that makes an action item weak, with what to say about it. When
/// <see cref="UnlessMeasured"/> is set, the phrase is fine if the item also states a measure
/// ("improve p99 latency to under 200 ms").
/// </summary>
public sealed record ActionItemRule(
    string Category,
    Regex Pattern,
    FindingSeverity Severity,
    string Message,
    string Suggestion,
    bool UnlessMeasured = false)
{
    public string RuleId => "action-item/" + Category;
}
