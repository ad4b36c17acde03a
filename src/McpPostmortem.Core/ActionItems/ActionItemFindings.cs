using System.Globalization;
using McpPostmortem.Linting;
using McpPostmortem.Model;

namespace McpPostmortem.ActionItems;

/// <summary>
/// Checks the action items of a postmortem against the reference's quality rules: verb first,
/// specific, bounded, aimed at the system, owned, on time, and (for SEV1 and SEV2) covering
/// detection, mitigation or repair, and prevention. Returns findings as data; never throws on text.
/// </summary>
public static class ActionItemFindings
{
    /// <summary>The section name findings are located in.</summary>
    public const string Section = "action_items";

    // Words after a first word that show it is a subject, not an imperative ("Alerting should ...").
    private static readonly HashSet<string> SubjectMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "should", "must", "needs", "need", "will", "shall", "is", "are", "was", "were", "has", "have",
        "can", "could", "would", "may", "might",
    };

    private static readonly HashSet<string> NegativeImperatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "don't", "dont", "never",
    };

    // The coverage a SEV1 or SEV2 postmortem needs: each row is satisfied by any of its classes.
    private static readonly (string Category, ActionItemClass[] Classes, string Missing)[] Coverage =
    [
        ("coverage-detect", [ActionItemClass.Detect], "detect"),
        ("coverage-mitigate-repair", [ActionItemClass.Mitigate, ActionItemClass.Repair], "mitigate or repair"),
        ("coverage-prevent", [ActionItemClass.Prevent], "prevent"),
    ];

    /// <summary>Every finding for the action items, judged as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<LintFinding> Check(Postmortem postmortem, DateOnly today)
    {
        var findings = new List<LintFinding>();
        foreach (var item in postmortem.ActionItems)
        {
            CheckWording(item, findings);
            CheckOwnership(item, today, findings);
        }

        CheckCoverage(postmortem, findings);
        return findings;
    }

    /// <summary>True when the action starts with a base-form verb used as an imperative.</summary>
    public static bool IsVerbFirst(string action)
    {
        var words = Words(action, 3);

        // A negative imperative ("Don't page on retries", "Never reuse ...") is judged by its verb.
        if (words.Count > 1 && NegativeImperatives.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0 || !VerbLexicon.IsBaseFormVerb(words[0]))
        {
            return false;
        }

        return words.Count < 2 || !SubjectMarkers.Contains(words[1]);
    }

    private static void CheckWording(ActionItem item, List<LintFinding> findings)
    {
        var action = item.Action ?? "";
        if (!IsVerbFirst(action))
        {
            var first = Words(action, 1).FirstOrDefault() ?? "";
            findings.Add(Finding(item, "not-verb-first", FindingSeverity.Warning,
                "An action item starts with the verb of what will be done, so it reads as a task.",
                "Start with an imperative verb: 'Add', 'Alert on', 'Make', 'Remove', 'Investigate why'.",
                first, action.IndexOf(first, StringComparison.Ordinal)));
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in ActionItemRules.All)
        {
            if (reported.Contains(rule.Category))
            {
                continue;
            }

            var match = rule.Pattern.Match(action);
            if (!match.Success || (rule.UnlessMeasured && ActionItemRules.Measure.IsMatch(action)))
            {
                continue;
            }

            reported.Add(rule.Category);
            findings.Add(Finding(item, rule.Category, rule.Severity, rule.Message, rule.Suggestion,
                match.Value.Trim(), match.Index + (match.Value.Length - match.Value.TrimStart().Length)));
        }

        if (!reported.Contains(ActionItemRules.NoDoneState) && Words(action, 3).Count < 3)
        {
            findings.Add(Finding(item, ActionItemRules.NoDoneState, FindingSeverity.Warning,
                "Two words cannot say what will be true when the item is done.",
                "Name the change and its result: 'Alert on config-load failures per PoP'.",
                action.Trim(), 0));
        }
    }

    private static void CheckOwnership(ActionItem item, DateOnly today, List<LintFinding> findings)
    {
        var unassigned = item.Owner.Length == 0 || item.DueDate is null;
        if (unassigned && item.Status == ActionItemStatus.Candidate)
        {
            findings.Add(Finding(item, "unassigned-candidate", FindingSeverity.Info,
                "This candidate has no owner or due date yet; it cannot be agreed without both.",
                "Settle the owner (a team or role) and due date in the review, then set status open."));
        }
        else if (unassigned && item.Status != ActionItemStatus.NotDoing)
        {
            findings.Add(Finding(item, "missing-owner", FindingSeverity.Error,
                "An agreed action item needs an owner and a due date: no action items without owners.",
                "Give it an owner (a team or role is fine) and a due date, or mark it as a candidate."));
        }

        if (item.DueDate is { } due && due < today
            && item.Status is not (ActionItemStatus.Done or ActionItemStatus.NotDoing))
        {
            var date = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            findings.Add(Finding(item, "overdue", FindingSeverity.Warning,
                $"This item was due on {date} and is not done.",
                "Finish it and set status done, or agree a new due date, or set status not_doing with the " +
                "reason in the review."));
        }
    }

    private static void CheckCoverage(Postmortem postmortem, List<LintFinding> findings)
    {
        if (postmortem.Severity is not (Severity.Sev1 or Severity.Sev2))
        {
            return;
        }

        var classes = postmortem.ActionItems
            .Where(a => a.Status != ActionItemStatus.NotDoing)
            .Select(a => a.Class)
            .ToHashSet();
        var severity = postmortem.Severity == Severity.Sev1 ? "SEV1" : "SEV2";
        foreach (var (category, covering, missing) in Coverage)
        {
            if (!covering.Any(classes.Contains))
            {
                findings.Add(new LintFinding
                {
                    RuleId = "action-item/" + category,
                    Category = category,
                    Severity = FindingSeverity.Warning,
                    Message = $"A {severity} postmortem has no action item of class {missing}.",
                    Suggestion = $"Add an action item of class {missing}, or explain in the review why none is needed.",
                    Location = new LintLocation { Section = Section },
                });
            }
        }
    }

    private static LintFinding Finding(
        ActionItem item,
        string category,
        FindingSeverity severity,
        string message,
        string suggestion,
        string excerpt = "",
        int start = 0) => new()
        {
            RuleId = "action-item/" + category,
            Category = category,
            Severity = severity,
            Message = message,
            Suggestion = suggestion,
            Excerpt = excerpt,
            Location = new LintLocation
            {
                Section = Section,
                ItemId = item.Id,
                Field = "action",
                Start = Math.Max(0, start),
                Length = excerpt.Length,
                Column = Math.Max(0, start) + 1,
            },
        };

    private static List<string> Words(string text, int count)
    {
        var words = new List<string>(count);
        var i = 0;
        while (words.Count < count && i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\''))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(text[start..i].TrimEnd('-', '\''));
            }
        }

        return words;
    }
}
