namespace McpPostmortem.Rendering;

/// <summary>
/// The documented data model and functions of templates, as data: list_templates returns it, and a
/// test checks it against what <see cref="TemplateModel"/> really builds, so the two cannot drift.
/// </summary>
public static class TemplateGuide
{
    private static readonly TemplateField[] Links =
    [
        new("date", "string", "YYYY-MM-DD, or \"\" when unknown."),
        new("description", "string", "One line."),
        new("link", "string", "An http(s) URL, or \"\"."),
    ];

    /// <summary>Every field a template sees, with sub-fields.</summary>
    public static IReadOnlyList<TemplateField> Fields { get; } =
    [
        new("id", "string", "The postmortem id, such as 2025-03-14-api-outage."),
        new("revision", "number", "How many changes have been saved."),
        new("title", "string", "The short incident name (the default template writes \"Postmortem: <title>\")."),
        new("incident_date", "string", "YYYY-MM-DD."),
        new("timezone", "string", "The IANA zone every shown time is in, such as Europe/Berlin or UTC."),
        new("timezone_offset", "string", "That zone's offset at the first event, as UTC+02:00; when the " +
            "events span a daylight-saving change, both offsets: \"UTC-04:00 and UTC-05:00\"."),
        new("offsets_vary", "boolean", "True when the events span two offsets of the zone; each event's time " +
            "then carries its offset."),
        new("authors", "list of object", "Who wrote the postmortem.",
            [new("name", "string", "Name."), new("role", "string", "Role in the incident, or \"\".")]),
        new("status", "string", "draft, in_review, approved, published or not_required."),
        new("status_label", "string", "The status for people: \"In review\"."),
        new("severity", "string", "SEV1 to SEV5."),
        new("summary", "string", "Paragraphs; write it with md_block (or public_text first for customers)."),
        new("impact", "object", "The measured effect, each value as the author wrote it.",
        [
            new("duration", "string", "\"25 minutes\", or \"\"."),
            new("users_affected", "string", "Or \"\"."),
            new("requests_failed", "string", "Or \"\"."),
            new("revenue_impact", "string", "Or \"\"; internal."),
            new("other", "string", "Any other effect, or \"\"."),
            new("is_empty", "boolean", "True when every impact field is empty."),
        ]),
        new("timeline", "list of object", "Events, oldest first.",
        [
            new("id", "string", "ev-N."),
            new("time_utc", "string", "The instant in UTC, as 2025-03-14T14:32:00Z; compares as text."),
            new("time", "string", "Wall-clock time in timezone: \"2025-03-14 14:32\" (seconds when not zero), " +
                "followed by the offset when offsets_vary: \"2025-11-02 01:30 UTC-04:00\"."),
            new("local_time", "string", "The wall-clock time alone, never with the offset."),
            new("offset", "string", "The zone's offset at this event, as UTC-05:00."),
            new("kind", "string", "started, detected, acknowledged, mitigated, resolved (the milestones), deploy, " +
                "action, communication or note."),
            new("kind_label", "string", "The kind for people: \"Acknowledged\"."),
            new("is_milestone", "boolean", "True for the five milestones."),
            new("source", "string", "other, chat, pager, deploy or dashboard."),
            new("description", "string", "What happened; may span lines (md_cell keeps them in a cell)."),
            new("link", "string", "An http(s) URL, or \"\"."),
            new("original_time", "string", "The time as it was given (\"2:45 PM\"), or \"\"."),
            new("original_offset", "string", "The offset it was read in, as +02:00."),
        ]),
        new("metrics", "list of object", "TTD, TTA, TTM, TTR and impact duration, computed from the milestones.",
        [
            new("key", "string", "time_to_detect, time_to_acknowledge, time_to_mitigate, time_to_resolve or " +
                "impact_duration."),
            new("name", "string", "\"Time to detect (TTD)\"."),
            new("formula", "string", "\"detected - started\"."),
            new("minutes", "number or null", "Whole minutes, or null when a milestone is missing."),
            new("value", "string", "\"18 min\", or \"n/a (missing detected)\"."),
        ]),
        new("timeline_chart", "string", "The incident as a ```mermaid gantt block, or \"\" without milestones. " +
            "HTML output draws it as inline SVG."),
        new("root_cause", "object", "The technical explanation.",
        [
            new("text", "string", "Paragraphs; use md_block."),
            new("diff", "string", "A unified diff of the triggering change, or \"\"; use md_fence_diff."),
        ]),
        new("contributing_factors", "list of object", "In order.",
        [
            new("id", "string", "cf-N."),
            new("title", "string", "One line; md_strong makes it bold."),
            new("category", "string", "testing, monitoring, review, deployment, capacity, ... or \"\"."),
            new("points", "list of string", "Supporting points, one line each."),
        ]),
        new("went_well", "list of string", "One line each."),
        new("went_wrong", "list of string", "One line each."),
        new("action_items", "list of object", "In order.",
        [
            new("id", "string", "ai-N."),
            new("action", "string", "Starts with a verb; may span lines."),
            new("owner", "string", "A person, team or role, or \"\"; internal."),
            new("due_date", "string", "YYYY-MM-DD, or \"\"."),
            new("priority", "string", "P0 to P3."),
            new("class", "string", "investigate, mitigate, repair, detect or prevent."),
            new("status", "string", "open, candidate, in_progress, done or not_doing."),
            new("status_label", "string", "The status for people: \"In progress\"."),
            new("tracking_link", "string", "The ticket's http(s) URL, or \"\"."),
        ]),
        new("lessons_learned", "list of string", "One line each."),
        new("related_incidents", "list of object", "Earlier incidents.", Links),
        new("prevention", "list of string", "One line each."),
        new("appendix", "object", "Supporting material.",
        [
            new("graphs", "list of object", "Monitoring graphs.",
                [new("title", "string", "One line."), new("url", "string", "An http(s) URL, or \"\".")]),
            new("communication_log", "list of string", "Messages sent during the incident, one line each."),
            new("code_fix", "string", "Code or a diff, or \"\"; use md_fence."),
            new("notes", "string", "Markdown (also what import could not map); use md_markdown."),
            new("is_empty", "boolean", "True when graphs, log, code fix and notes are all empty."),
        ]),
        new("debriefs", "list of object", "Responders' debriefs, oldest first; internal.",
        [
            new("id", "string", "db-N."),
            new("responder", "string", "A role or name, as they agreed to be recorded."),
            new("answers", "list of object", "Each question with the answer.",
            [
                new("question", "string", "One line; md_emphasis sets it in italics."),
                new("answer", "string", "The responder's words, may span lines; md_item after a \"- \" marker."),
            ]),
        ]),
        new("document_data", "string", "One hidden HTML comment with what the layout does not show; write it " +
            "at the end of a document meant to be imported again. Never in a customer-facing template."),
    ];

    /// <summary>The functions templates call to escape text and to make it public.</summary>
    public static IReadOnlyList<TemplateFunction> Functions { get; } =
    [
        new("md_cell", "Text for a table cell: pipes escaped, line breaks as <br>."),
        new("md_line", "One line for a list item or heading: lines joined, a leading marker escaped."),
        new("md_strong", "One line in bold (**...**), safe whatever the text holds."),
        new("md_emphasis", "One line in italics (_..._), safe whatever the text holds."),
        new("md_label", "One line for the label of a link: [{{ md_label x }}]({{ md_url y }})."),
        new("md_block", "Paragraphs at the start of a line: no user text can open a heading, list, quote, " +
            "table, HTML or a fence that runs on; a code fence the text closes itself stays code."),
        new("md_item", "Paragraphs after a \"- \" list marker: later lines indented into the item."),
        new("md_markdown", "Contained Markdown for the appendix notes: lists, quotes, tables and headings of " +
            "level 4 or deeper stay; follow it with a blank line."),
        new("md_url", "A link target that cannot end the link early."),
        new("md_fence", "A fenced code block no line of the code can close."),
        new("md_fence_diff", "The same, marked as a diff."),
        new("public_text", "Free text for customers: replaces the people the postmortem names, contacts, links, " +
            "hosts, IP addresses, ports, paths, ticket keys, identifiers and money amounts; render_postmortem " +
            "reports what it replaced and what it could not judge. Escape its result, e.g. " +
            "md_block (public_text summary)."),
    ];
}
