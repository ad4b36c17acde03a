namespace McpPostmortem.Server;

/// <summary>What the server tells a client about itself at initialize.</summary>
public static class ServerInstructions
{
    public const string Text =
        "Tools to write a blameless incident postmortem step by step. Order of work: create_postmortem; " +
        "add_timeline_events (mark the started, detected, acknowledged, mitigated and resolved milestones); " +
        "get_postmortem for the metrics; set_impact and set_summary; set_root_cause; add_contributing_factor " +
        "for each condition; debrief responders with the debrief_responder prompt and add_debrief_notes; " +
        "set_section_items for what went well, what went wrong, lessons learned and prevention; " +
        "add_action_item with an owner and a due date for each follow-up; lint_postmortem, then rewrite what " +
        "it flags; check_postmortem for what still blocks review; render_postmortem writes the document; " +
        "record_review and set_review_status for the review. Every tool that writes takes an optional " +
        "expected_revision: pass the revision you last read and a stale edit is refused instead of " +
        "overwriting someone else's. Describe systems and conditions, never fault.";
}
