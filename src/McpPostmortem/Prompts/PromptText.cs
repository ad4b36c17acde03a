namespace McpPostmortem.Server.Prompts;

/// <summary>The text of the prompts, kept apart from the attributes so it reads as prose.</summary>
internal static class PromptText
{
    public static string WritePostmortem(string incident)
    {
        var material = string.IsNullOrWhiteSpace(incident)
            ? "Ask the user for the incident channel export, pager alerts and deploy log before you start."
            : $"The material the user gave:\n\n{incident.Trim()}";

        return $"""
            Write a blameless postmortem of this incident with the postmortem tools. {material}

            Work in this order:
            1. create_postmortem with a short title, the incident date, the severity (SEV1-SEV5; when unsure,
               the higher one) and the IANA time zone the responders used.
            2. add_timeline_events with every step you can date, oldest or newest first; the server sorts them.
               Keep each time as written (bare times are read in the incident's zone). Mark the milestones:
               started (impact began, often before anyone noticed), detected, acknowledged, mitigated (impact
               stopped), resolved. Describe each step with a system or role as the subject.
            3. get_postmortem to read the computed metrics; set_impact and set_summary with numbers that agree.
            4. set_root_cause with the technical explanation (and the triggering diff if there is one).
            5. add_contributing_factor for each condition that made the incident possible or worse.
            6. set_section_items for went_well, went_wrong, lessons_learned and prevention.
            7. add_action_item for each follow-up: verb first, one system change, an owner and a due date.
               Never aim an item at a person ("be more careful", "retrain X").
            8. lint_postmortem; rewrite every flagged sentence as its suggestion says, and lint again.
            9. render_postmortem and tell the user where the file is.

            Blameless means: say what happened and what was visible at the time; make the system the
            subject; no "should have", "failed to", "human error", "careless" or "obviously". Quoted chat
            that blames someone is evidence, not text for the document: restate what it shows.
            """;
    }
}
