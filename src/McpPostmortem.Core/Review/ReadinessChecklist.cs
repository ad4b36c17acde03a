using System.Globalization;
using McpPostmortem.ActionItems;
using McpPostmortem.Linting;
using McpPostmortem.Model;
using McpPostmortem.Timeline;

namespace McpPostmortem.Review;

/// <summary>
/// The reference's output checklist, computed from the document where the document can show it
/// (timeline, root cause, factors, action items, lessons) and read from the review record for the
/// rest (meeting held, document shared, follow-up scheduled), plus the count of blame errors.
/// </summary>
public static class ReadinessChecklist
{
    private const string Computed = "computed";
    private const string Recorded = "recorded";

    // The milestones a timeline needs before its metrics can be computed.
    private static readonly EventKind[] RequiredMilestones =
        [EventKind.Started, EventKind.Detected, EventKind.Mitigated, EventKind.Resolved];

    /// <summary>Runs the checklist over a postmortem, judging due dates as of <paramref name="today"/>.</summary>
    public static ReadinessReport Check(Postmortem postmortem, BlameLinter blame, DateOnly today)
    {
        var blameErrors = blame.LintPostmortem(postmortem)
            .Count(f => f.RuleId.StartsWith("blame/", StringComparison.Ordinal)
                && f.Severity == FindingSeverity.Error);
        var items = new List<ChecklistItem>
        {
            Timeline(postmortem),
            RootCause(postmortem),
            ContributingFactors(postmortem),
            ActionItems(postmortem),
            LessonsLearned(postmortem),
            MeetingHeld(postmortem.Review),
            DocumentShared(postmortem.Review),
            FollowUp(postmortem.Review),
            new()
            {
                Key = "no_blame_errors",
                Label = "No blame language remains",
                Passed = blameErrors == 0,
                Source = Computed,
                Detail = blameErrors == 0
                    ? "lint_postmortem finds no blame-language errors."
                    : $"{blameErrors} blame-language error(s) remain; lint_postmortem lists them with rewrites.",
            },
        };
        var blockers = items.Where(i => !i.Passed).Select(i => $"{i.Label}: {i.Detail}").ToList();
        return new ReadinessReport
        {
            Id = postmortem.Id,
            Status = postmortem.Status,
            Ready = blockers.Count == 0,
            Checklist = items,
            BlameErrors = blameErrors,
            Blockers = blockers,
            ActionItemFindings = ActionItemFindings.Check(postmortem, today),
        };
    }

    private static ChecklistItem Timeline(Postmortem p)
    {
        var missing = RequiredMilestones.Where(m => p.Timeline.All(e => e.Kind != m)).Select(Name).ToList();
        var acknowledged = p.Timeline.Any(e => e.Kind == EventKind.Acknowledged);
        var disorder = TimelineFindings.MilestoneOrder(p);
        string detail;
        if (disorder.Count > 0)
        {
            // Out-of-order milestones make the published metrics negative, so they block like a gap.
            detail = $"{disorder.Count} milestone-order error(s), so the metrics are wrong: " +
                string.Join(" ", disorder.Select(f => f.Message)) + " lint_postmortem lists them with fixes.";
        }
        else if (p.Timeline.Count == 0)
        {
            detail = "The timeline is empty; add its events with add_timeline_events.";
        }
        else if (missing.Count > 0)
        {
            detail = $"The timeline has {p.Timeline.Count} event(s) but no milestone {string.Join(", ", missing)}; " +
                "mark the events where impact started, was detected, mitigated and resolved.";
        }
        else
        {
            detail = $"{p.Timeline.Count} events with the milestones started, detected, mitigated and resolved" +
                (acknowledged ? " (and acknowledged)." : "; no acknowledged milestone, so time to acknowledge is n/a.");
        }

        return Item("timeline_created", "Timeline created",
            p.Timeline.Count > 0 && missing.Count == 0 && disorder.Count == 0, Computed, detail);
    }

    private static ChecklistItem RootCause(Postmortem p)
    {
        var passed = p.RootCause.Text.Trim().Length > 0;
        return Item("root_cause_identified", "Root cause identified", passed, Computed, passed
            ? "The root cause section is written."
            : "The root cause section is empty; write the technical explanation with set_root_cause.");
    }

    private static ChecklistItem ContributingFactors(Postmortem p)
    {
        var count = p.ContributingFactors.Count;
        var withoutPoints = p.ContributingFactors.Where(f => f.Points.Count == 0).Select(f => f.Id).ToList();
        var detail = count == 0
            ? "No contributing factors; add each condition that made the incident possible or worse."
            : $"{count} contributing factor(s)" + (withoutPoints.Count == 0
                ? "."
                : $"; {string.Join(", ", withoutPoints)} have no supporting points yet.");
        return Item("contributing_factors_documented", "Contributing factors documented", count > 0, Computed, detail);
    }

    private static ChecklistItem ActionItems(Postmortem p)
    {
        var active = p.ActionItems.Where(a => a.Status != ActionItemStatus.NotDoing).ToList();
        var unowned = active.Where(a => a.Owner.Length == 0 || a.DueDate is null).Select(a => a.Id).ToList();
        string detail;
        if (active.Count == 0)
        {
            detail = "No action items; add the system changes that follow from the incident, each with an owner.";
        }
        else if (unowned.Count > 0)
        {
            detail = $"{string.Join(", ", unowned)} lack an owner or due date; give each one both, or set " +
                "status not_doing if it was dropped.";
        }
        else
        {
            detail = $"All {active.Count} action item(s) have an owner and a due date.";
        }

        return Item("action_items_with_owners", "Action items with owners",
            active.Count > 0 && unowned.Count == 0, Computed, detail);
    }

    private static ChecklistItem LessonsLearned(Postmortem p)
    {
        var count = p.LessonsLearned.Count;
        return Item("lessons_learned_captured", "Lessons learned captured", count > 0, Computed, count > 0
            ? $"{count} lesson(s) learned."
            : "No lessons learned; add the numbered takeaways.");
    }

    private static ChecklistItem MeetingHeld(Model.Review review) =>
        Item("meeting_held", "Postmortem meeting held", review.MeetingHeld is not null, Recorded,
            review.MeetingHeld is { } held
                ? $"Held on {Date(held)}."
                : "Not recorded; after the meeting call record_review with meeting_held.");

    private static ChecklistItem DocumentShared(Model.Review review) =>
        Item("document_shared", "Document shared widely", review.SharedWith.Length > 0, Recorded,
            review.SharedWith.Length > 0
                ? $"Shared with {review.SharedWith}."
                : "Not recorded; call record_review with shared_with (channels or lists it went to).");

    private static ChecklistItem FollowUp(Model.Review review) =>
        Item("follow_up_scheduled", "Follow-up scheduled", review.FollowUpDate is not null, Recorded,
            review.FollowUpDate is { } date
                ? $"Follow-up on {Date(date)}."
                : "Not recorded; call record_review with follow_up_date (when action items are checked).");

    private static ChecklistItem Item(string key, string label, bool passed, string source, string detail) =>
        new() { Key = key, Label = label, Passed = passed, Source = source, Detail = detail };

    private static string Name(EventKind kind) => kind.ToString().ToLower(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
