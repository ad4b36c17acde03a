namespace McpPostmortem.Linting;

/// <summary>The twelve blame families of the domain reference, plus the root-cause advisory.</summary>
public static class BlameCategories
{
    /// <summary>Every category, in the order of the domain reference.</summary>
    public static readonly IReadOnlyList<BlameCategory> All =
    [
        new("counterfactual", FindingSeverity.Error,
            "A counterfactual judges a person against what only hindsight showed.",
            "Say what happened and what was visible at the time; turn the alternative into a system action " +
            "item (\"The runbook had no step to drain the node; add one.\")."),
        new("omission-framing", FindingSeverity.Error,
            "This tells the event as something a person failed to do.",
            "Make the event or the system the subject (\"The page was not acknowledged for 40 minutes\") " +
            "and say why the cue was easy to miss."),
        new("human-error-label", FindingSeverity.Error,
            "Calling it human error or a mistake ends the inquiry instead of explaining it.",
            "Name the conditions that made the slip likely: the interface, the time pressure, the missing " +
            "check."),
        new("character-judgment", FindingSeverity.Error,
            "This judges a person's character instead of describing what happened.",
            "Drop the judgment; describe the action, what the person could see, and the context."),
        new("normative-judgment", FindingSeverity.Error,
            "This grades a decision or response after the fact.",
            "Describe the decision, the options seen at the time and the trade-off that made it reasonable."),
        new("person-as-cause", FindingSeverity.Error,
            "This makes a person, role or team the cause of the incident.",
            "Make the change or artifact the subject (\"The Helm values change removed the ingress " +
            "annotation\") and say why the system let it through."),
        new("hindsight-obviousness", FindingSeverity.Error,
            "Calling it obvious or predictable hides why it was not obvious at the time.",
            "Say when the signal became visible and to whom, and what competed for attention."),
        new("motive-effort", FindingSeverity.Error,
            "This reads a motive, such as indifference or haste, into what someone did.",
            "Describe the observable behaviour and the competing demands (queue, pressure, tooling) " +
            "that shaped it."),
        new("lapse-deficiency", FindingSeverity.Error,
            "This blames a person's memory, attention or skill.",
            "Turn the lapse into a missing support: a check, a prompt, a guardrail or a clearer interface."),
        new("rule-violation", FindingSeverity.Error,
            "This measures a person against a rule after the fact.",
            "Describe the gap between the written procedure and how the work is really done, and why."),
        new("person-remediation", FindingSeverity.Error,
            "This aims the fix at people instead of the system.",
            "Write a system-targeted action item with an owner (\"Add a confirmation step to kubectl " +
            "delete in production contexts\")."),
        new("loaded-idiom", FindingSeverity.Error,
            "This idiom shows contempt for what someone did.",
            "Use a plain factual verb (\"typed\", \"ran\", \"changed\")."),
        new("root-cause-framing", FindingSeverity.Warning,
            "A single root cause usually hides the other contributing factors.",
            "Write \"contributing factors\" and list each condition that had to hold for the incident."),
    ];

    /// <summary>The category with this id, or null.</summary>
    public static BlameCategory? Find(string id) => All.FirstOrDefault(c => c.Id == id);
}
