using System.Collections.Frozen;
using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Linting;
using McpPostmortem.Model;
using McpPostmortem.Serialization;

namespace McpPostmortem.Review;

/// <summary>
/// Moves a postmortem through its review (draft -> in review -> approved -> published, or not
/// required) and records the review facts the document cannot show. Only the moves in
/// <see cref="Moves"/> are allowed; approval and publication are refused while the readiness
/// checklist fails. An approved or published postmortem stays ready: an edit of its content, or
/// one that makes the checklist fail, sends it back to in review with the reason recorded.
/// </summary>
public static class ReviewLifecycle
{
    /// <summary>
    /// The allowed moves. Forward one step at a time; back to in review or draft for rework; a
    /// postmortem marked not required can be taken up again as a draft.
    /// </summary>
    public static readonly FrozenDictionary<ReviewStatus, ReviewStatus[]> Moves =
        new Dictionary<ReviewStatus, ReviewStatus[]>
        {
            [ReviewStatus.Draft] = [ReviewStatus.InReview, ReviewStatus.NotRequired],
            [ReviewStatus.InReview] = [ReviewStatus.Approved, ReviewStatus.Draft, ReviewStatus.NotRequired],
            [ReviewStatus.Approved] = [ReviewStatus.Published, ReviewStatus.InReview, ReviewStatus.Draft],
            [ReviewStatus.Published] = [ReviewStatus.InReview, ReviewStatus.Draft],
            [ReviewStatus.NotRequired] = [ReviewStatus.Draft],
        }.ToFrozenDictionary();

    /// <summary>True for the statuses that need a passing checklist.</summary>
    public static bool IsGated(ReviewStatus status) =>
        status is ReviewStatus.Approved or ReviewStatus.Published;

    /// <summary>
    /// Sets the review status, or throws when the move is not allowed (naming the allowed next
    /// statuses) or the gate refuses it (listing the blockers). Setting the current status is a no-op.
    /// </summary>
    public static Postmortem SetStatus(Postmortem postmortem, ReviewStatus target, BlameLinter blame, DateOnly today)
    {
        var current = postmortem.Status;
        if (target == current)
        {
            return postmortem;
        }

        if (!Moves[current].Contains(target))
        {
            var allowed = string.Join(" or ", Moves[current].Select(EnumNames.Of));
            throw new PostmortemException(
                $"Postmortem '{postmortem.Id}' is {EnumNames.Of(current)}; it cannot move to " +
                $"'{EnumNames.Of(target)}' from there. Allowed next: {allowed}. The review runs draft -> " +
                "in_review -> approved -> published (or not_required); to rework an approved or published " +
                "postmortem, move it back to in_review or draft.");
        }

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

    /// <summary>
    /// Keeps an approved or published postmortem honest after an edit. Follow-up on its action
    /// items (status, tracking link, due date) and review facts keep the status while the checklist
    /// still passes; any other change, or a failing checklist, moves it back to in review and
    /// records why. Other statuses, and status changes themselves, pass through.
    /// </summary>
    public static Postmortem AfterEdit(Postmortem before, Postmortem after, Func<BlameLinter> blame, DateOnly today)
    {
        if (!IsGated(before.Status) || after.Status != before.Status)
        {
            return after;
        }

        string reason;
        if (!SameContent(before, after))
        {
            reason = "its content changed after it was " + EnumNames.Of(before.Status);
        }
        else
        {
            var report = ReadinessChecklist.Check(after, blame(), today);
            if (report.Ready)
            {
                return after;
            }

            reason = "the readiness checklist now fails (" + string.Join("; ", report.Blockers) + ")";
        }

        // The store saves the edit as the next revision; recording it lets the reply of this very
        // call, and get_postmortem later, say why the status changed.
        return after with
        {
            Status = ReviewStatus.InReview,
            Review = after.Review with
            {
                Reopened = new ReviewReopening { From = before.Status, Revision = before.Revision + 1, Reason = reason },
            },
        };
    }

    /// <summary>
    /// Takes in a postmortem from outside (an import) that claims to be approved or published: it
    /// keeps that status only when the checklist passes, else it comes in as in review, with the reason.
    /// </summary>
    public static (Postmortem Postmortem, string? Notice) Admit(
        Postmortem postmortem, Func<BlameLinter> blame, DateOnly today)
    {
        if (!IsGated(postmortem.Status))
        {
            return (postmortem, null);
        }

        var report = ReadinessChecklist.Check(postmortem, blame(), today);
        if (report.Ready)
        {
            return (postmortem, null);
        }

        var notice = $"The document says {EnumNames.Of(postmortem.Status)}, but the readiness checklist fails " +
            $"({string.Join("; ", report.Blockers)}); it is stored as in_review. Fix the blockers, then " +
            "set_review_status approved and published.";
        return (postmortem with { Status = ReviewStatus.InReview }, notice);
    }

    /// <summary>The notice for the reply of an edit that reopened the review, or null.</summary>
    public static string? ReopenedNotice(Postmortem saved) =>
        saved.Review.Reopened is { } reopened && reopened.Revision == saved.Revision
            ? $"This postmortem was {EnumNames.Of(reopened.From)}; {reopened.Reason}, so it moved back to " +
                "in_review. Run check_postmortem, then set_review_status approved (and published) again."
            : null;

    /// <summary>Records the review meeting, where the document was shared, and the follow-up date.</summary>
    /// <remarks>Empty arguments keep the recorded value, so each fact can be recorded when it happens.</remarks>
    public static Postmortem RecordReview(
        Postmortem postmortem,
        string meetingHeld,
        string sharedWith,
        string followUpDate,
        DateOnly today)
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
        var incident = postmortem.IncidentDate;
        if (changed.MeetingHeld is { } future && future > today && !string.IsNullOrWhiteSpace(meetingHeld))
        {
            throw new PostmortemException(
                $"'meeting_held' ({future:yyyy-MM-dd}) is in the future (today is {today:yyyy-MM-dd}); record the " +
                "meeting after it was held, with the day it took place.");
        }

        if (changed.MeetingHeld is { } early && early < incident && !string.IsNullOrWhiteSpace(meetingHeld))
        {
            throw new PostmortemException(
                $"'meeting_held' ({early:yyyy-MM-dd}) is before the incident ({incident:yyyy-MM-dd}); send the " +
                "day the postmortem meeting took place.");
        }

        if (changed.FollowUpDate is { } before && before < incident && !string.IsNullOrWhiteSpace(followUpDate))
        {
            throw new PostmortemException(
                $"'follow_up_date' ({before:yyyy-MM-dd}) is before the incident ({incident:yyyy-MM-dd}); send " +
                "the day the action items will be checked.");
        }

        if (changed.MeetingHeld is { } held && changed.FollowUpDate is { } follow && follow < held)
        {
            throw new PostmortemException(
                $"'follow_up_date' ({follow:yyyy-MM-dd}) is before the meeting ({held:yyyy-MM-dd}); a follow-up " +
                "comes after the review meeting. Send the date the action items will be checked.");
        }

        return postmortem with { Review = changed };
    }

    // Compares everything but the review state and the follow-up fields of action items, through
    // the stored JSON form so a field added to the model later is compared without a code change.
    private static bool SameContent(Postmortem before, Postmortem after) =>
        UnpooledJson.Serialize(Content(before), PostmortemJsonContext.Default.Postmortem).Span
            .SequenceEqual(UnpooledJson.Serialize(Content(after), PostmortemJsonContext.Default.Postmortem).Span);

    private static Postmortem Content(Postmortem p) => p with
    {
        Status = ReviewStatus.Draft,
        Review = new Model.Review(),
        Revision = 0,
        UpdatedAt = default,
        ActionItems = p.ActionItems
            .Select(a => a with { Status = ActionItemStatus.Open, TrackingLink = "", DueDate = null })
            .ToList(),
    };
}
