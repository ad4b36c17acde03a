using McpPostmortem.ActionItems;
using McpPostmortem.Model;
using McpPostmortem.Timeline;

namespace McpPostmortem.Linting;

/// <summary>
/// Every check the server runs over a stored postmortem, in one list of findings: blame language
/// (rule ids "blame/..."), and the checks of other areas under their own rule-id prefixes. Blame
/// findings are the ones the review gate counts as blame errors.
/// </summary>
public sealed class DocumentLinter(BlameLinter blame, TimeProvider clock)
{
    public BlameLinter Blame { get; } = blame;

    /// <summary>All findings of a postmortem; <paramref name="blame"/> replaces the default blame linter.</summary>
    public IReadOnlyList<LintFinding> Lint(Postmortem postmortem, BlameLinter? blame = null)
    {
        var findings = new List<LintFinding>();
        findings.AddRange((blame ?? Blame).LintPostmortem(postmortem));
        findings.AddRange(TimelineFindings.Check(postmortem));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        findings.AddRange(ActionItemFindings.Check(postmortem, today));
        return findings;
    }
}
