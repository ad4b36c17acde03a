using McpPostmortem.ActionItems;
using McpPostmortem.Model;
using McpPostmortem.Timeline;

namespace McpPostmortem.Linting;

/// <summary>
/// Every check the server runs over a stored postmortem, in one list of findings: blame language
/// (rule ids "blame/..."), and the checks of other areas under their own rule-id prefixes. The
/// review gate reads the same list, so lint_postmortem and check_postmortem always agree.
/// </summary>
public sealed class DocumentLinter(BlameLinter blame, TimeProvider clock)
{
    /// <summary>The section of responders' debrief answers, which are quoted evidence.</summary>
    public const string DebriefSection = "debriefs";

    public BlameLinter Blame { get; } = blame;

    /// <summary>All findings of a postmortem; <paramref name="blame"/> replaces the default blame linter.</summary>
    public IReadOnlyList<LintFinding> Lint(Postmortem postmortem, BlameLinter? blame = null) =>
        Findings(postmortem, blame ?? Blame, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    /// <summary>All findings of a postmortem, judging due dates as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<LintFinding> Findings(Postmortem postmortem, BlameLinter blame, DateOnly today)
    {
        var items = ActionItemFindings.Check(postmortem, today);
        var personAimed = items.Where(IsPersonAimed).Select(f => f.Location.ItemId).ToHashSet(StringComparer.Ordinal);
        var findings = new List<LintFinding>();
        findings.AddRange(blame.LintPostmortem(postmortem)
            .Where(f => !SaidByItemCheck(f, personAimed))
            .Select(AsEvidence));
        findings.AddRange(TimelineFindings.Check(postmortem));
        findings.AddRange(items);
        return findings;
    }

    /// <summary>True for a finding that counts as blame language: the blame rules and person-aimed items.</summary>
    public static bool IsBlameError(LintFinding finding) =>
        finding.Severity == FindingSeverity.Error
        && (finding.RuleId.StartsWith("blame/", StringComparison.Ordinal)
            || IsPersonAimed(finding));

    private static bool IsPersonAimed(LintFinding finding) =>
        finding.RuleId == "action-item/" + ActionItemRules.PersonAimed;

    // "Coach the on-call" is one problem: the action-item check reports it with the fix for an
    // action item, so the blame rule's finding on the same item would only count it twice.
    private static bool SaidByItemCheck(LintFinding finding, HashSet<string> personAimedItems) =>
        finding.Location.Section == ActionItemFindings.Section
        && personAimedItems.Contains(finding.Location.ItemId)
        && finding.RuleId == "blame/person-remediation";

    // A debrief answer is kept in the responder's own words: blame in it is evidence of how the
    // responder saw things, not the document's voice. It is reported so nobody copies it into the
    // narrative, but it never blocks approval; rewriting it would falsify the record.
    private static LintFinding AsEvidence(LintFinding finding) =>
        finding.Location.Section != DebriefSection || finding.Severity != FindingSeverity.Error
            ? finding
            : finding with
            {
                Severity = FindingSeverity.Warning,
                Message = "In a responder's own words (quoted evidence; it does not block approval): " +
                    finding.Message,
                Suggestion = "Keep the answer as said. Do not carry this wording into the summary, timeline or " +
                    "contributing factors; there, write: " + finding.Suggestion,
            };
}
