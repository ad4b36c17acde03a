using McpPostmortem.Linting;

namespace McpPostmortem.ActionItems;

/// <summary>A weakness in an action item's wording, with where it is and what to write instead.</summary>
internal sealed record WordingFlaw(
    string Category,
    FindingSeverity Severity,
    int Start,
    string Excerpt,
    string Message,
    string Suggestion);
