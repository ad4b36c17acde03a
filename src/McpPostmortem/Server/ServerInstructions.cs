namespace McpPostmortem.Server;

/// <summary>What the server tells a client about itself at initialize.</summary>
public static class ServerInstructions
{
    public const string Text =
        "Tools to write a blameless incident postmortem step by step. Order of work: create_postmortem; " +
        "add_timeline_events (mark the started, detected, acknowledged, mitigated and resolved milestones); " +
        "set_impact and set_summary; set_root_cause; add_contributing_factor for each condition; " +
        "set_section_items for what went well, what went wrong, lessons learned and prevention; " +
        "add_action_item with an owner and a due date for each follow-up; lint_postmortem, then rewrite what " +
        "it flags; render_postmortem writes the Markdown file. Describe systems and conditions, never fault.";
}
