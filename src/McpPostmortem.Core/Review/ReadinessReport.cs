using McpPostmortem.Linting;
using McpPostmortem.Model;

namespace McpPostmortem.Review;

/// <summary>Whether a postmortem is ready to approve: the checklist item by item, and overall.</summary>
public sealed record ReadinessReport
{
    public required string Id { get; init; }

    public required ReviewStatus Status { get; init; }

    /// <summary>True when every checklist item passes and no blame error remains.</summary>
    public required bool Ready { get; init; }

    public required IReadOnlyList<ChecklistItem> Checklist { get; init; }

    /// <summary>
    /// Blame-language errors: the blame rules and person-aimed action items; each one blocks approval.
    /// Debrief answers are quoted evidence and only warn.
    /// </summary>
    public required int BlameErrors { get; init; }

    /// <summary>Every error lint_postmortem reports (the same count); each fails a checklist item.</summary>
    public required int LintErrors { get; init; }

    /// <summary>One line per thing that blocks approval, in checklist order; empty when ready.</summary>
    public required IReadOnlyList<string> Blockers { get; init; }

    /// <summary>
    /// Quality findings of the action items, as lint_postmortem reports them. Errors (person-aimed,
    /// missing owner) block approval through their checklist item; warnings are advice.
    /// </summary>
    public required IReadOnlyList<LintFinding> ActionItemFindings { get; init; }
}
