using System.ComponentModel;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Review;
using McpPostmortem.Serialization;
using McpPostmortem.Server.Results;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Tools;

/// <summary>The readiness checklist and the review lifecycle: draft, in review, approved, published.</summary>
[McpServerToolType]
public sealed class ReviewTools(Workspace workspace)
{
    [McpServerTool(Name = "check_postmortem", ReadOnly = true, UseStructuredContent = true)]
    [Description("Check whether a postmortem is ready for approval, item by item against the reference " +
        "checklist: timeline created (with the started, detected, mitigated and resolved milestones), root cause " +
        "identified, contributing factors documented, action items with owners, lessons learned captured, " +
        "meeting held, document shared, follow-up scheduled, and no blame-language errors. The last three review " +
        "facts come from record_review. Returns pass or fail per item with what to do, the overall result, the " +
        "blockers and the action-item quality findings. Call it before set_review_status approved.")]
    public ReadinessReport CheckPostmortem(
        [Description("Postmortem id.")] string id) =>
        ReadinessChecklist.Check(workspace.Store.Load(id), workspace.Linter.Blame, Today());

    [McpServerTool(Name = "set_review_status", UseStructuredContent = true, Idempotent = true)]
    [Description("Move a postmortem through its review: draft -> in_review -> approved -> published, or " +
        "not_required when the team decides it needs no review. Moving to approved or published is refused while " +
        "the readiness checklist fails or blame-language errors remain; the error lists every blocker. Run " +
        "check_postmortem first and fix what it reports.")]
    public ChangeResult SetReviewStatus(
        [Description("Postmortem id.")] string id,
        [Description("draft, in_review, approved, published or not_required.")] ReviewStatus status)
    {
        var saved = workspace.Change(id, $"review status {EnumNames.Of(status)}",
            p => ReviewLifecycle.SetStatus(p, status, workspace.Linter.Blame, Today()));
        return Workspace.Result(saved, $"Review status is now {EnumNames.Of(status)}.");
    }

    [McpServerTool(Name = "record_review", UseStructuredContent = true, Idempotent = true)]
    [Description("Record the review facts the document cannot show: the date the postmortem meeting was held, " +
        "where the document was shared, and the follow-up date when the action items will be checked. Empty " +
        "arguments keep the recorded value, so record each fact when it happens. check_postmortem reads these.")]
    public ChangeResult RecordReview(
        [Description("Postmortem id.")] string id,
        [Description("The day the postmortem meeting was held, YYYY-MM-DD, or empty.")] string meeting_held = "",
        [Description("Where the document was shared, such as '#eng-incidents, sre-all@ list', or empty.")]
        string shared_with = "",
        [Description("The day the action items will be followed up, YYYY-MM-DD, or empty.")]
        string follow_up_date = "")
    {
        if (string.IsNullOrWhiteSpace(meeting_held) && string.IsNullOrWhiteSpace(shared_with)
            && string.IsNullOrWhiteSpace(follow_up_date))
        {
            throw new PostmortemException(
                "Give at least one of 'meeting_held', 'shared_with' or 'follow_up_date' to record.");
        }

        var saved = workspace.Change(id, "review record",
            p => ReviewLifecycle.RecordReview(p, meeting_held, shared_with, follow_up_date));
        return Workspace.Result(saved, "Review facts recorded; check_postmortem shows the checklist.");
    }

    private static DateOnly Today() => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
}
