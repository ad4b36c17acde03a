using McpPostmortem.Model;

namespace McpPostmortem.Import;

/// <summary>
/// The words postmortems use for sections, fields and values, mapped to the model. Data, not
/// branches: a new synonym is one more row.
/// </summary>
internal static class ImportVocabulary
{
    public static readonly IReadOnlyDictionary<string, string> Sections = new Dictionary<string, string>
    {
        ["summary"] = "summary", ["executive summary"] = "summary", ["incident summary"] = "summary",
        ["impact"] = "impact", ["customer impact"] = "impact", ["impact assessment"] = "impact",
        ["timeline"] = "timeline", ["incident timeline"] = "timeline",
        ["root cause"] = "root_cause", ["root causes"] = "root_cause", ["root cause analysis"] = "root_cause",
        ["contributing factors"] = "contributing_factors",
        ["what went well"] = "went_well",
        ["what went wrong"] = "went_wrong", ["what could be improved"] = "went_wrong",
        ["what didn't go well"] = "went_wrong", ["what did not go well"] = "went_wrong",
        ["action items"] = "action_items", ["follow-up actions"] = "action_items",
        ["lessons learned"] = "lessons_learned", ["lessons"] = "lessons_learned",
        ["related incidents"] = "related_incidents",
        ["prevention"] = "prevention",
        ["appendix"] = "appendix",
    };

    /// <summary>The level-3 parts of the appendix.</summary>
    public static readonly IReadOnlyDictionary<string, string> AppendixParts = new Dictionary<string, string>
    {
        ["monitoring graphs"] = "graphs", ["graphs"] = "graphs", ["communication log"] = "communication log",
        ["code fix"] = "code fix", ["notes"] = "notes", ["responder debriefs"] = "debriefs",
        ["debriefs"] = "debriefs",
    };

    public static readonly IReadOnlyDictionary<string, string> HeaderFields = new Dictionary<string, string>
    {
        ["date"] = "date", ["incident date"] = "date", ["date of incident"] = "date",
        ["authors"] = "authors", ["author"] = "authors",
        ["status"] = "status", ["severity"] = "severity",
        ["timezone"] = "timezone", ["time zone"] = "timezone", ["zone"] = "timezone",
    };

    public static readonly IReadOnlyDictionary<string, string> ImpactFields = new Dictionary<string, string>
    {
        ["duration"] = "duration", ["users affected"] = "users", ["customers affected"] = "users",
        ["affected users"] = "users", ["user impact"] = "users",
        ["requests failed"] = "requests", ["failed requests"] = "requests",
        ["revenue impact"] = "revenue", ["revenue"] = "revenue",
        ["other"] = "other",
    };

    public static readonly IReadOnlyDictionary<string, ReviewStatus> Statuses = new Dictionary<string, ReviewStatus>
    {
        ["draft"] = ReviewStatus.Draft, ["in review"] = ReviewStatus.InReview, ["review"] = ReviewStatus.InReview,
        ["approved"] = ReviewStatus.Approved, ["published"] = ReviewStatus.Published,
        ["complete"] = ReviewStatus.Published, ["completed"] = ReviewStatus.Published,
        ["final"] = ReviewStatus.Published, ["not required"] = ReviewStatus.NotRequired,
    };

    public static readonly IReadOnlyDictionary<string, Severity> Severities = new Dictionary<string, Severity>
    {
        ["sev1"] = Severity.Sev1, ["sev2"] = Severity.Sev2, ["sev3"] = Severity.Sev3,
        ["sev4"] = Severity.Sev4, ["sev5"] = Severity.Sev5,
        ["p0"] = Severity.Sev1, ["p1"] = Severity.Sev1, ["p2"] = Severity.Sev2, ["p3"] = Severity.Sev3,
        ["p4"] = Severity.Sev4, ["p5"] = Severity.Sev5,
        ["critical"] = Severity.Sev1, ["major"] = Severity.Sev2, ["high"] = Severity.Sev2,
        ["minor"] = Severity.Sev3, ["medium"] = Severity.Sev3, ["low"] = Severity.Sev4,
    };

    public static readonly IReadOnlyDictionary<string, EventKind> Milestones = new Dictionary<string, EventKind>
    {
        ["started"] = EventKind.Started, ["detected"] = EventKind.Detected,
        ["acknowledged"] = EventKind.Acknowledged, ["mitigated"] = EventKind.Mitigated,
        ["resolved"] = EventKind.Resolved,
    };

    /// <summary>The labels the default template puts before a timeline event: milestones and other kinds.</summary>
    public static readonly IReadOnlyDictionary<string, EventKind> EventLabels = new Dictionary<string, EventKind>(
        Milestones.Concat(
        [
            new("deploy", EventKind.Deploy), new("action", EventKind.Action),
            new("communication", EventKind.Communication),
        ]));

    public static readonly IReadOnlyDictionary<string, ActionItemStatus> ActionStatuses =
        new Dictionary<string, ActionItemStatus>
        {
            ["open"] = ActionItemStatus.Open, ["planned"] = ActionItemStatus.Open, ["todo"] = ActionItemStatus.Open,
            ["to do"] = ActionItemStatus.Open, ["not started"] = ActionItemStatus.Open,
            ["candidate"] = ActionItemStatus.Candidate, ["proposed"] = ActionItemStatus.Candidate,
            ["in progress"] = ActionItemStatus.InProgress, ["started"] = ActionItemStatus.InProgress,
            ["done"] = ActionItemStatus.Done, ["complete"] = ActionItemStatus.Done,
            ["completed"] = ActionItemStatus.Done, ["closed"] = ActionItemStatus.Done,
            ["not doing"] = ActionItemStatus.NotDoing, ["won't do"] = ActionItemStatus.NotDoing,
        };

    public static readonly IReadOnlyDictionary<string, string> ActionColumns = new Dictionary<string, string>
    {
        ["action"] = "action", ["action item"] = "action", ["owner"] = "owner", ["due date"] = "due",
        ["due"] = "due", ["priority"] = "priority", ["status"] = "status", ["ticket"] = "link",
        ["bug"] = "link", ["tracking"] = "link", ["tracking link"] = "link", ["link"] = "link",
        ["jira"] = "link", ["issue"] = "link", ["type"] = "class", ["class"] = "class",
    };

    /// <summary>
    /// Zone words and abbreviations that name one set of rules, with the IANA zone that follows them.
    /// Abbreviations several zones share (CST, IST, BST) are left out on purpose; the importer reports
    /// them instead of guessing. A standard-time abbreviation maps to the zone that also observes the
    /// matching daylight time, because documents write "PST" all year; a mismatch is reported.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ZoneWords =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["UTC"] = "UTC", ["GMT"] = "UTC", ["Z"] = "UTC", ["Zulu"] = "UTC",
            ["WET"] = "Europe/Lisbon", ["WEST"] = "Europe/Lisbon",
            ["CET"] = "Europe/Berlin", ["CEST"] = "Europe/Berlin",
            ["EET"] = "Europe/Athens", ["EEST"] = "Europe/Athens",
            ["MSK"] = "Europe/Moscow", ["JST"] = "Asia/Tokyo", ["KST"] = "Asia/Seoul",
            ["AWST"] = "Australia/Perth", ["ACST"] = "Australia/Adelaide", ["ACDT"] = "Australia/Adelaide",
            ["AEST"] = "Australia/Sydney", ["AEDT"] = "Australia/Sydney",
            ["NZST"] = "Pacific/Auckland", ["NZDT"] = "Pacific/Auckland",
            ["EST"] = "America/New_York", ["EDT"] = "America/New_York", ["ET"] = "America/New_York",
            ["Eastern"] = "America/New_York",
            ["MST"] = "America/Denver", ["MDT"] = "America/Denver", ["MT"] = "America/Denver",
            ["Mountain"] = "America/Denver",
            ["PST"] = "America/Los_Angeles", ["PDT"] = "America/Los_Angeles", ["PT"] = "America/Los_Angeles",
            ["Pacific"] = "America/Los_Angeles",
            ["AKST"] = "America/Anchorage", ["AKDT"] = "America/Anchorage",
            ["HST"] = "Pacific/Honolulu",
        };

    /// <summary>Lowercase letters, digits, spaces and apostrophes only: "✅ Done" becomes "done".</summary>
    public static string Key(string text)
    {
        var key = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '\'' || c == '-')
            {
                key.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c == '_')
            {
                key.Append(' ');
            }
        }

        return string.Join(' ', key.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
