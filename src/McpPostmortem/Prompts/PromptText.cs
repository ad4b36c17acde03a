namespace McpPostmortem.Server.Prompts;

/// <summary>The text of the prompts, kept apart from the attributes so it reads as prose.</summary>
internal static class PromptText
{
    /// <summary>The order of work of SKILL.md, step for step (a test keeps the two in the same order).</summary>
    public static string WritePostmortem(string incident)
    {
        var material = string.IsNullOrWhiteSpace(incident)
            ? "Ask the user for the incident channel export, pager alerts and deploy log before you start."
            : $"The material the user gave:\n\n{incident.Trim()}";

        return $"""
            Write a blameless postmortem of this incident with the postmortem tools. {material}

            Work in this order:
            1. Gather material: chat export, pager alerts, deploy log, dashboards, notes. Never invent
               times, numbers or names; ask, or leave the field empty.
            2. create_postmortem with a short incident name as the title, the incident date, the severity
               (SEV1-SEV5; when unsure, the higher one) and the IANA time zone the responders used. Change
               these and record the authors later with set_header. To continue a document written
               elsewhere, import_postmortem brings it in instead.
            3. add_timeline_events with every step you can date, in any order; the server sorts them. Keep
               each time as written (bare times are read in the incident's zone). Mark the milestones:
               started (impact began, often before anyone noticed), detected, acknowledged, mitigated
               (impact stopped), resolved. Give each event its source. Raw pasted notes can go in its
               notes argument. Fix events with update_timeline_event and remove_timeline_event.
            4. get_postmortem to read the computed metrics (time to detect, acknowledge, mitigate,
               resolve, each with its formula) and the sections still empty. Add a missing milestone
               rather than guessing a metric.
            5. set_impact with measured values only, and set_summary in 2-3 sentences whose durations
               match the metrics.
            6. set_root_cause with the technical mechanism (and the triggering diff if there is one):
               a change or a condition, never a person.
            7. add_contributing_factor for each condition that made the incident possible or worse, with
               supporting points; adjust with update_contributing_factor and remove_contributing_factor.
            8. When a responder's view is missing, debrief them: the debrief_responder prompt gives the
               questions; store the answers in their words with add_debrief_notes.
            9. set_section_items for went_well, went_wrong, lessons_learned and prevention, one sentence
               per item.
            10. add_action_item for each follow-up: verb first, one system change, an owner, a due date,
                a priority (P0-P3) and a class (investigate, mitigate, repair, detect, prevent). Never
                aim an item at a person ("be more careful", "retrain X"). Change them with
                update_action_item and remove_action_item.
            11. add_related_incident for earlier incidents with the same weakness
                (find_related_postmortems searches the stored ones); add_to_appendix for graphs, the
                communication log, the code fix and notes.
            12. lint_postmortem; rewrite every flagged sentence as its suggestion says and lint again
                until no errors remain. Check a sentence before saving it with lint_text.
            13. check_postmortem runs the readiness checklist; fix each point it says blocks review.
            14. render_postmortem writes the document (list_templates shows the other layouts); tell
                the user where the file is and what is still open.
            15. After the review meeting: record_review, then set_review_status (in_review, approved,
                published); export_action_items hands the action items to the team's tracker.

            Every write returns the new revision; pass it back as expected_revision when others may edit
            the same postmortem, so a stale edit is refused instead of overwriting theirs.

            Blameless means: say what happened and what was visible at the time; make the system the
            subject; no "should have", "failed to", "human error", "careless" or "obviously". Quoted chat
            that blames someone is evidence, not text for the document: restate what it shows.
            """;
    }
}
