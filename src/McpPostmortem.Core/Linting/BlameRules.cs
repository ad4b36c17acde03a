using System.Text.RegularExpressions;

namespace McpPostmortem.Linting;

/// <summary>The plain blame phrases of each category. Data, not branches: one row per family.</summary>
internal static class BlameRules
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public static readonly IReadOnlyList<BlameRule> All =
    [
        Rule("counterfactual", @"\b(should|could|ought to) have\b",
            "A counterfactual judges a person against what hindsight shows.",
            "Say what happened and what was visible at the time; turn the alternative into a system action item."),
        Rule("omission-framing", @"\b(failed|neglected|forgot) to\b",
            "This frames the event as a person's omission.",
            "Make the event or the system the subject, and say why the cue was easy to miss."),
        Rule("human-error-label", @"\b(human|operator|user) error\b",
            "'Human error' ends the inquiry instead of explaining it.",
            "Name the conditions that made the slip likely."),
        Rule("character-judgment", @"\b(careless|sloppy|reckless|lazy|incompetent)\b",
            "This judges a person's character rather than describing what happened.",
            "Drop the adjective; describe the action and its context."),
        Rule("normative-judgment", @"\b(poor decision|mishandled|inappropriately)\b",
            "This grades a decision with hindsight.",
            "Describe the decision, the options seen at the time and the trade-off."),
        Rule("person-as-cause", @"\b(the culprit|is on (the )?team)\b",
            "This makes a person or team the cause.",
            "Make the change or artifact the subject."),
        Rule("hindsight-obviousness", @"\b(obviously|clearly should|just needed to|any engineer knows)\b",
            "Calling it obvious hides why it was not obvious at the time.",
            "Say when the signal became visible, and to whom."),
        Rule("motive-effort", @"\b(didn'?t bother|ignored|rubber-stamped)\b",
            "This reads a motive into what someone did.",
            "Describe the observable behaviour and the competing demands."),
        Rule("lapse-deficiency", @"\b(forgot|overlooked|lack of attention)\b",
            "This blames a person's memory or attention.",
            "Turn the lapse into a missing support or guardrail."),
        Rule("rule-violation", @"\b(did not follow the runbook|bypassed the process)\b",
            "This measures a person against a rule after the fact.",
            "Describe the gap between the procedure and how work is really done."),
        Rule("person-remediation", @"\b(be more careful|retrain|hold (them |him |her )?accountable)\b",
            "This aims the fix at people instead of the system.",
            "Write a system-targeted action with an owner."),
        Rule("loaded-idiom", @"\b(fat-?fingered|dropped the ball|botched)\b",
            "This idiom shows contempt for what someone did.",
            "Use a plain factual verb."),
    ];

    private static BlameRule Rule(string category, string pattern, string message, string suggestion) =>
        new(category, new Regex(pattern, Options), message, suggestion);
}
