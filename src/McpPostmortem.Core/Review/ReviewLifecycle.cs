using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Linting;
using McpPostmortem.Model;
using McpPostmortem.Serialization;

namespace McpPostmortem.Review;

/// <summary>
/// Moves a postmortem through its review (draft, in review, approved, published, or not required)
/// and records the review facts the document cannot show. Approval and publication are refused
/// while the readiness checklist fails or blame errors remain; the refusal lists every blocker.
/// </summary>
public static class ReviewLifecycle
{
    /// <summary>True for the statuses that need a passing checklist.</summary>
    public static bool IsGated(ReviewStatus status) =>
        status is ReviewStatus.Approved or ReviewStatus.Published;

    /// <summary>Sets the review status, or throws with the blockers when the gate refuses it.</summary>
    public static Postmortem SetStatus(Postmortem postmortem, ReviewStatus target, BlameLinter blame, DateOnly today)
    {
        if (IsGated(target))
        {
            var report = ReadinessChecklist.Check(postmortem, blame, today);
            if (!report.Ready)
            {
                var lines = string.Join("\n", report.Blockers.Select(b => "- " + b));
                throw new PostmortemException(
                    $"Postmortem '{postmortem.Id}' cannot move to '{EnumNames.Of(target)}' yet; " +
                    $"{report.Blockers.Count} checklist item(s) block it:\n{lines}\n" +
                    "Fix these (check_postmortem shows the full checklist), then set the status again.");
            }
        }

        return postmortem with { Status = target };
    }

    /// <summary>Records the review meeting, where the document was shared, and the follow-up date.</summary>
    /// <remarks>Empty arguments keep the recorded value, so each fact can be recorded when it happens.</remarks>
    public static Postmortem RecordReview(
        Postmortem postmortem,
        string meetingHeld,
        string sharedWith,
        string followUpDate)
    {
        var review = postmortem.Review;
        var changed = review with
        {
            MeetingHeld = string.IsNullOrWhiteSpace(meetingHeld)
                ? review.MeetingHeld
                : Input.Date(meetingHeld, "meeting_held"),
            SharedWith = string.IsNullOrWhiteSpace(sharedWith)
                ? review.SharedWith
                : Input.Text(sharedWith, "shared_with", Limits.MaxLineLength),
            FollowUpDate = string.IsNullOrWhiteSpace(followUpDate)
                ? review.FollowUpDate
                : Input.Date(followUpDate, "follow_up_date"),
        };
        if (changed.MeetingHeld is { } held && changed.FollowUpDate is { } follow && follow < held)
        {
            throw new PostmortemException(
                $"'follow_up_date' ({follow:yyyy-MM-dd}) is before the meeting ({held:yyyy-MM-dd}); a follow-up " +
                "comes after the review meeting. Send the date the action items will be checked.");
        }

        return postmortem with { Review = changed };
    }
}
