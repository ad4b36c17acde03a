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
        var people = AuthorNames(postmortem);
        foreach (var item in postmortem.ActionItems)
        {
            CheckWording(item, people, findings);
            CheckOwnership(item, postmortem.IncidentDate, today, findings);
        }

        CheckCoverage(postmortem, findings);
        return findings;
    }

    /// <summary>The findings of one item alone: wording, owner and dates, without SEV coverage.</summary>
    public static IReadOnlyList<LintFinding> CheckItem(Postmortem postmortem, ActionItem item, DateOnly today)
    {
        var findings = new List<LintFinding>();
        CheckWording(item, AuthorNames(postmortem), findings);
        CheckOwnership(item, postmortem.IncidentDate, today, findings);
        return findings;
    }

    /// <summary>True when the action starts with a base-form verb used as an imperative.</summary>
    public static bool IsVerbFirst(string action)
    {
        var text = ActionText.Of(action);
        var i = 0;

        // A negative imperative ("Don't page on retries", "Never reuse ...") is judged by its verb.
        if (text.Count > 1 && NegativeImperatives.Contains(text[0].Lower))
        {
            i = 1;
        }

        if (i >= text.Count)
        {
            return false;
        }

        var next = i + 1 < text.Count && !text[i + 1].BreakBefore ? text[i + 1].Lower : "";
        return IsImperative(text[i], next) && !SubjectMarkers.Contains(next);
    }

    // A verb of the lexicon ("Add"), a hyphenated verb ("Sanity-check", "Load-test"), or a noun used
    // as a verb before its object ("Canary all config pushes"); never an inflected form ("Adds").
    private static bool IsImperative(ActionWord word, string next)
    {
        var lower = word.Lower;
        if (VerbLexicon.IsBaseFormVerb(lower))
        {
            return true;
        }

        var dash = lower.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && !ActionVocabulary.NonVerbPrefixes.Contains(lower[..dash])
            && VerbLexicon.IsBaseFormVerb(word.Head))
        {
            return true;
        }

        return ActionVocabulary.ObjectStarts.Contains(next) && lower.All(char.IsLetter)
            && !lower.EndsWith("ing", StringComparison.Ordinal) && !lower.EndsWith("ed", StringComparison.Ordinal)
            && !IsThirdPerson(lower);
    }

    private static bool IsThirdPerson(string lower) =>
        lower.EndsWith('s') && (VerbLexicon.IsBaseFormVerb(lower[..^1])
            || (lower.EndsWith("es", StringComparison.Ordinal) && VerbLexicon.IsBaseFormVerb(lower[..^2])));

    private static void CheckWording(ActionItem item, IReadOnlySet<string> people, List<LintFinding> findings)
    {
        var action = item.Action ?? "";
        var text = ActionText.Of(action);
        if (!IsVerbFirst(action))
        {
            var first = text.Count > 0 ? text[0] : default;
            findings.Add(Finding(item, "not-verb-first", FindingSeverity.Warning,
                "An action item starts with the verb of what will be done, so it reads as a task.",
                "Start with an imperative verb: 'Add', 'Alert on', 'Make', 'Remove', 'Investigate why'.",
                first.Text ?? "", first.Start));
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        if (PersonTarget.Find(text, people) is var (from, to))
        {
            var (start, excerpt) = text.Span(from, to);
            reported.Add(ActionItemRules.PersonAimed);
            findings.Add(Finding(item, ActionItemRules.PersonAimed, FindingSeverity.Error,
                "This item changes what people know or do (it instructs, trains or reminds them, or makes " +
                "their conduct the goal); people stay the same, so it will not keep the incident from recurring.",
                "Write the system change that makes the slip hard or harmless (a guardrail, check, alert or " +
                "tool), with the team or role that owns it as the owner: 'Make the deploy pipeline refuse " +
                "bundles with empty origin pools'.",
                excerpt, start));
        }

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

        foreach (var flaw in OpenEndedWording.Find(text))
        {
            if (reported.Add(flaw.Category))
            {
                findings.Add(Finding(item, flaw.Category, flaw.Severity, flaw.Message, flaw.Suggestion,
                    flaw.Excerpt, flaw.Start));
            }
        }
    }

    private static void CheckOwnership(ActionItem item, DateOnly incident, DateOnly today, List<LintFinding> findings)
    {
        var missing = Missing(item);
        if (missing.Length > 0 && item.Status == ActionItemStatus.Candidate)
        {
            findings.Add(Finding(item, "unassigned-candidate", FindingSeverity.Info,
                $"This candidate has no {missing} yet; it cannot be agreed without an owner and a due date.",
                $"Settle the {missing} (an owner can be a team or role) in the review, then set status open."));
        }
        else if (missing.Length > 0 && item.Status != ActionItemStatus.NotDoing)
        {
            findings.Add(Finding(item, "missing-owner", FindingSeverity.Error,
                $"This agreed action item has no {missing}: no action items without owners and due dates.",
                (item.Owner.Length == 0 ? "Give it an owner (a team or role is fine)" : "Give it")
                + (item.DueDate is null ? (item.Owner.Length == 0 ? " and a due date" : " a due date") : "")
                + ", or mark it as a candidate."));
        }

        if (item.DueDate is { } early && early < incident)
        {
            findings.Add(Finding(item, "due-before-incident", FindingSeverity.Warning,
                $"This item is due on {Date(early)}, before the incident of {Date(incident)}.",
                "Check the date: a follow-up of this incident is due after it (a typo in the year or month?). " +
                "Correct it with update_action_item due_date."));
        }

        if (item.DueDate is { } due && due < today
            && item.Status is not (ActionItemStatus.Done or ActionItemStatus.NotDoing))
        {
            findings.Add(Finding(item, "overdue", FindingSeverity.Warning,
                $"This item was due on {Date(due)} and is not done.",
                "Finish it and set status done, or agree a new due date, or set status not_doing with the " +
                "reason in the review."));
        }
    }

    /// <summary>What an item lacks of owner and due date, in words ("owner and due date"), or empty.</summary>
    public static string Missing(ActionItem item) => (item.Owner.Length == 0, item.DueDate is null) switch
    {
        (true, true) => "owner and due date",
        (true, false) => "owner",
        (false, true) => "due date",
        _ => "",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Authors are the people the document names for sure; owners are mostly teams or roles.
    private static HashSet<string> AuthorNames(Postmortem postmortem)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var author in postmortem.Authors)
        {
            foreach (var part in (author.Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length > 1 && char.IsUpper(part[0]))
                {
                    names.Add(part.ToLowerInvariant());
                }
            }
        }

        return names;
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
}
