namespace McpPostmortem.Model;

/// <summary>
/// Facts about the review that the document cannot show by itself: the checklist records them.
/// </summary>
public sealed record Review
{
    public DateOnly? MeetingHeld { get; init; }

    /// <summary>Where the document was shared ("#eng-all, incident-review list").</summary>
    public string SharedWith { get; init => field = value ?? ""; } = "";

    public DateOnly? FollowUpDate { get; init; }

    /// <summary>The last edit that moved an approved or published postmortem back to review, if any.</summary>
    public ReviewReopening? Reopened { get; init; }
}
