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
        "checklist: timeline created (with the started, detected, mitigated and resolved milestones, in order), " +
        "root cause identified (a placeholder such as 'TBD' fails), contributing factors documented (each with " +
        "supporting points), action items with owners and due dates, lessons learned captured, meeting held (not " +
        "in the future, not before the incident), document shared, follow-up scheduled (not passed while the " +
        "review is open), and no blame-language errors. Blame errors include person-aimed action items ('Educate " +
        "the team', 'Talk to Bob'); blame in debrief answers is quoted evidence and only warns. lint_errors is " +
        "the same error count lint_postmortem reports. Returns pass or fail per item with what to do, the overall " +
        "result, the blockers and the action-item quality findings. Call it before set_review_status approved.")]
    public ReadinessReport CheckPostmortem(
        [Description("Postmortem id.")] string id) =>
        ReadinessChecklist.Check(workspace.Store.Load(id), workspace.TeamBlame(), Workspace.Today());

    [McpServerTool(Name = "set_review_status", UseStructuredContent = true, Idempotent = true)]
    [Description("Move a postmortem through its review, one step at a time: draft -> in_review -> approved -> " +
        "published, or not_required when the team decides it needs no review. For rework, approved and " +
        "published go back to in_review or draft, in_review back to draft, not_required back to draft; any other " +
        "move is refused with the allowed next statuses. Moving to approved or published is refused while the " +
        "readiness checklist fails (blame-language errors included); the error lists every blocker. Run " +
        "check_postmortem first. Once approved or published, any content edit (or an edit that makes the checklist " +
        "fail) moves the postmortem back to in_review and the edit's reply says so; marking action items done, " +
        "adding tracking links, moving due dates and recording review facts keep the status.")]
    public ChangeResult SetReviewStatus(
        [Description("Postmortem id.")] string id,
        [Description("draft, in_review, approved, published or not_required.")] ReviewStatus status)
    {
        var saved = workspace.Change(id, $"review status {EnumNames.Of(status)}",
            p => ReviewLifecycle.SetStatus(p, status, workspace.TeamBlame(), Workspace.Today()));
        return Workspace.Result(saved, $"Review status is now {EnumNames.Of(status)}.");
    }

    [McpServerTool(Name = "record_review", UseStructuredContent = true, Idempotent = true)]
    [Description("Record the review facts the document cannot show: the date the postmortem meeting was held, " +
        "where the document was shared, and the follow-up date when the action items will be checked. Empty " +
        "arguments keep the recorded value, so record each fact when it happens. The meeting must already have " +
        "happened (not in the future) and no date may be before the incident. check_postmortem reads these.")]
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
            p => ReviewLifecycle.RecordReview(p, meeting_held, shared_with, follow_up_date, Workspace.Today()));
        return Workspace.Result(saved, "Review facts recorded; check_postmortem shows the checklist.");
    }
}
