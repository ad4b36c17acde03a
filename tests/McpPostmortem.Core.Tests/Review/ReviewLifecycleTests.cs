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
        var changed = ReviewLifecycle.SetStatus(Complete.Postmortem(), target, new BlameLinter(), Today);

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

    [Fact]
    public void RecordReview_EmptyArguments_KeepRecordedValues()
    {
        var first = ReviewLifecycle.RecordReview(Samples.Minimal(), "2025-07-11", "", "");

        var second = ReviewLifecycle.RecordReview(first, "", "#eng-incidents", "2025-08-01");

        Assert.Equal(new DateOnly(2025, 7, 11), second.Review.MeetingHeld);
        Assert.Equal("#eng-incidents", second.Review.SharedWith);
        Assert.Equal(new DateOnly(2025, 8, 1), second.Review.FollowUpDate);
    }

    [Theory]
    [InlineData("11/07/2025", "", "meeting_held")]
    [InlineData("", "next week", "follow_up_date")]
    [InlineData("2025-07-11", "2025-07-10", "follow_up_date")]
    public void RecordReview_BadDate_RefusedNamingArgument(string meeting, string followUp, string argument)
    {
        var error = Assert.Throws<PostmortemException>(
            () => ReviewLifecycle.RecordReview(Samples.Minimal(), meeting, "", followUp));

        Assert.Contains(argument, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReviewStatus.Approved)]
    [InlineData(ReviewStatus.Published)]
    public void SetStatus_GatedWithMilestonesOutOfOrder_Refused(ReviewStatus target)
    {
        var postmortem = Complete.Postmortem();
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
}
