using McpPostmortem.Errors;
using McpPostmortem.Linting;
using McpPostmortem.Model;
using McpPostmortem.Review;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Review;

public sealed class ReviewLifecycleTests
{
    private static readonly DateOnly Today = new(2025, 7, 12);

    [Theory]
    [InlineData(ReviewStatus.Approved)]
    [InlineData(ReviewStatus.Published)]
    public void SetStatus_GatedWhileChecklistFails_RefusedListingBlockers(ReviewStatus target)
    {
        var postmortem = Complete.Postmortem() with
        {
            Status = Before(target),
            Review = new Model.Review(),
            Summary = "The release was botched.",
        };

        var error = Assert.Throws<PostmortemException>(
            () => ReviewLifecycle.SetStatus(postmortem, target, new BlameLinter(), Today));

        Assert.Contains("Postmortem meeting held", error.Message, StringComparison.Ordinal);
        Assert.Contains("Document shared widely", error.Message, StringComparison.Ordinal);
        Assert.Contains("Follow-up scheduled", error.Message, StringComparison.Ordinal);
        Assert.Contains("No blame language remains", error.Message, StringComparison.Ordinal);
        Assert.Contains("4 checklist item(s)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReviewStatus.Approved)]
    [InlineData(ReviewStatus.Published)]
    public void SetStatus_GatedWhenReady_Changed(ReviewStatus target)
    {
        var postmortem = Complete.Postmortem() with { Status = Before(target) };

        var changed = ReviewLifecycle.SetStatus(postmortem, target, new BlameLinter(), Today);

        Assert.Equal(target, changed.Status);
    }

    [Theory]
    [InlineData(ReviewStatus.Draft)]
    [InlineData(ReviewStatus.InReview)]
    [InlineData(ReviewStatus.NotRequired)]
    public void SetStatus_UngatedOnEmptyPostmortem_Changed(ReviewStatus target)
    {
        var changed = ReviewLifecycle.SetStatus(Samples.Minimal(), target, new BlameLinter(), Today);

        Assert.Equal(target, changed.Status);
    }

    [Theory]
    [InlineData(ReviewStatus.Draft, ReviewStatus.Published, "in_review or not_required")]
    [InlineData(ReviewStatus.Draft, ReviewStatus.Approved, "in_review or not_required")]
    [InlineData(ReviewStatus.Published, ReviewStatus.Approved, "in_review or draft")]
    [InlineData(ReviewStatus.NotRequired, ReviewStatus.Published, "draft")]
    [InlineData(ReviewStatus.Approved, ReviewStatus.NotRequired, "published or in_review or draft")]
    public void SetStatus_MoveNotAllowed_RefusedListingAllowedNext(
        ReviewStatus from, ReviewStatus target, string allowed)
    {
        var postmortem = Complete.Postmortem() with { Status = from };

        var error = Assert.Throws<PostmortemException>(
            () => ReviewLifecycle.SetStatus(postmortem, target, new BlameLinter(), Today));

        Assert.Contains("Allowed next: " + allowed + ".", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReviewStatus.InReview, ReviewStatus.Draft)]
    [InlineData(ReviewStatus.Approved, ReviewStatus.Draft)]
    [InlineData(ReviewStatus.Approved, ReviewStatus.InReview)]
    [InlineData(ReviewStatus.Published, ReviewStatus.InReview)]
    [InlineData(ReviewStatus.NotRequired, ReviewStatus.Draft)]
    [InlineData(ReviewStatus.Published, ReviewStatus.Published)]
    public void SetStatus_BackForRework_Changed(ReviewStatus from, ReviewStatus target)
    {
        var postmortem = Samples.Minimal() with { Status = from };

        var changed = ReviewLifecycle.SetStatus(postmortem, target, new BlameLinter(), Today);

        Assert.Equal(target, changed.Status);
    }

    [Fact]
    public void AfterEdit_PublishedContentEdited_BackInReviewWithReason()
    {
        var published = Complete.Postmortem() with { Status = ReviewStatus.Published, Revision = 7 };
        var edited = published with { RootCause = new RootCause { Text = "The developer carelessly leaked connections." } };

        var saved = ReviewLifecycle.AfterEdit(published, edited, () => new BlameLinter(), Today);

        Assert.Equal(ReviewStatus.InReview, saved.Status);
        Assert.Equal(ReviewStatus.Published, saved.Review.Reopened?.From);
        Assert.Equal(8, saved.Review.Reopened?.Revision);
        Assert.Contains("content changed", saved.Review.Reopened?.Reason, StringComparison.Ordinal);
        Assert.NotNull(ReviewLifecycle.ReopenedNotice(saved with { Revision = 8 }));
        Assert.Null(ReviewLifecycle.ReopenedNotice(saved with { Revision = 9 }));
    }

    [Fact]
    public void AfterEdit_PublishedActionItemDone_StaysPublished()
    {
        var published = Complete.Postmortem() with { Status = ReviewStatus.Published };
        var items = published.ActionItems.ToList();
        items[0] = items[0] with { Status = ActionItemStatus.Done, TrackingLink = "https://tracker.example/T-1" };

        var saved = ReviewLifecycle.AfterEdit(published, published with { ActionItems = items },
            () => new BlameLinter(), Today);

        Assert.Equal(ReviewStatus.Published, saved.Status);
        Assert.Null(saved.Review.Reopened);
    }

    [Fact]
    public void AfterEdit_ApprovedFollowUpBreaksChecklist_BackInReview()
    {
        var approved = Complete.Postmortem() with { Status = ReviewStatus.Approved };
        var dropped = approved.ActionItems.Select(a => a with { Status = ActionItemStatus.NotDoing }).ToList();

        var saved = ReviewLifecycle.AfterEdit(approved, approved with { ActionItems = dropped },
            () => new BlameLinter(), Today);

        Assert.Equal(ReviewStatus.InReview, saved.Status);
        Assert.Contains("Action items with owners", saved.Review.Reopened?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterEdit_DraftEdited_Unchanged()
    {
        var draft = Samples.Minimal();
        var edited = draft with { Summary = "The developer carelessly leaked connections." };

        var saved = ReviewLifecycle.AfterEdit(draft, edited, () => new BlameLinter(), Today);

        Assert.Same(edited, saved);
    }

    [Fact]
    public void Admit_ImportedPublishedThatFails_StoredInReviewWithNotice()
    {
        var imported = Samples.Minimal() with { Status = ReviewStatus.Published };

        var (admitted, notice) = ReviewLifecycle.Admit(imported, () => new BlameLinter(), Today);

        Assert.Equal(ReviewStatus.InReview, admitted.Status);
        Assert.Contains("Timeline created", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordReview_EmptyArguments_KeepRecordedValues()
    {
        var first = ReviewLifecycle.RecordReview(Samples.Minimal(), "2025-07-11", "", "", Today);

        var second = ReviewLifecycle.RecordReview(first, "", "#eng-incidents", "2025-08-01", Today);

        Assert.Equal(new DateOnly(2025, 7, 11), second.Review.MeetingHeld);
        Assert.Equal("#eng-incidents", second.Review.SharedWith);
        Assert.Equal(new DateOnly(2025, 8, 1), second.Review.FollowUpDate);
    }

    [Theory]
    [InlineData("11/07/2025", "", "meeting_held")]
    [InlineData("", "next week", "follow_up_date")]
    [InlineData("2025-07-11", "2025-07-10", "follow_up_date")]
    [InlineData("2025-07-13", "", "meeting_held' (2025-07-13) is in the future")]
    [InlineData("2025-07-01", "", "meeting_held' (2025-07-01) is before the incident")]
    [InlineData("", "2025-07-08", "follow_up_date' (2025-07-08) is before the incident")]
    public void RecordReview_BadDate_RefusedNamingArgument(string meeting, string followUp, string argument)
    {
        var error = Assert.Throws<PostmortemException>(
            () => ReviewLifecycle.RecordReview(Samples.Minimal(), meeting, "", followUp, Today));

        Assert.Contains(argument, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReviewStatus.Approved)]
    [InlineData(ReviewStatus.Published)]
    public void SetStatus_GatedWithMilestonesOutOfOrder_Refused(ReviewStatus target)
    {
        var postmortem = Complete.Postmortem() with { Status = Before(target) };
        var started = postmortem.Timeline.Single(e => e.Kind == EventKind.Started);
        postmortem = postmortem with
        {
            Timeline = postmortem.Timeline
                .Select(e => e.Kind == EventKind.Detected ? e with { Time = started.Time.AddMinutes(-20) } : e)
                .ToList(),
        };

        var error = Assert.Throws<PostmortemException>(
            () => ReviewLifecycle.SetStatus(postmortem, target, new BlameLinter(), Today));

        Assert.Contains("Timeline created", error.Message, StringComparison.Ordinal);
        Assert.Contains("started <= detected", error.Message, StringComparison.Ordinal);
    }

    private static ReviewStatus Before(ReviewStatus target) =>
        target == ReviewStatus.Published ? ReviewStatus.Approved : ReviewStatus.InReview;
}
