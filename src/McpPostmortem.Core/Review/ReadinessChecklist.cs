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
        var findings = DocumentLinter.Findings(postmortem, blame, today);
        var blameErrors = findings.Count(DocumentLinter.IsBlameError);
        var items = new List<ChecklistItem>
        {
            Timeline(postmortem, findings),
            RootCause(postmortem),
            ContributingFactors(postmortem),
            ActionItems(postmortem),
            LessonsLearned(postmortem),
            MeetingHeld(postmortem, today),
            DocumentShared(postmortem.Review),
            FollowUp(postmortem, today),
            new()
            {
                Key = "no_blame_errors",
                Label = "No blame language remains",
                Passed = blameErrors == 0,
                Source = Computed,
                Detail = blameErrors == 0
                    ? "lint_postmortem finds no blame-language errors (debrief answers are quoted evidence and " +
                        "only warn)."
                    : $"{blameErrors} blame-language error(s) remain, person-aimed action items included; " +
                        "lint_postmortem lists them with rewrites.",
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
            LintErrors = findings.Count(f => f.Severity == FindingSeverity.Error),
            Blockers = blockers,
            ActionItemFindings = findings
                .Where(f => f.Location.Section == ActionItemFindings.Section)
                .ToList(),
        };
    }

    private static ChecklistItem Timeline(Postmortem p, IReadOnlyList<LintFinding> findings)
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
        var text = p.RootCause.Text.Trim();
        var placeholder = text.Length > 0 && PlaceholderText.IsPlaceholder(text);
        var passed = text.Length > 0 && !placeholder;
        return Item("root_cause_identified", "Root cause identified", passed, Computed, (text.Length, placeholder) switch
        {
            (0, _) => "The root cause section is empty; write the technical explanation with set_root_cause.",
            (_, true) => $"The root cause reads '{Clip(text)}', a placeholder; write the technical explanation " +
                "with set_root_cause once it is known.",
            _ => "The root cause section is written.",
        });
    }

    private static ChecklistItem ContributingFactors(Postmortem p)
    {
        var count = p.ContributingFactors.Count;
        var withoutPoints = p.ContributingFactors.Where(f => f.Points.Count == 0).Select(f => f.Id).ToList();
        var detail = (count, withoutPoints.Count) switch
        {
            (0, _) => "No contributing factors; add each condition that made the incident possible or worse.",
            (_, 0) => $"{count} contributing factor(s), each with supporting points.",
            (_, 1) => $"{withoutPoints[0]} has no supporting points; add the evidence (log lines, graphs, times) " +
                "with update_contributing_factor, or remove the factor.",
            _ => $"{string.Join(", ", withoutPoints)} have no supporting points; add the evidence (log lines, " +
                "graphs, times) with update_contributing_factor, or remove them.",
        };
        return Item("contributing_factors_documented", "Contributing factors documented",
            count > 0 && withoutPoints.Count == 0, Computed, detail);
    }

    private static ChecklistItem ActionItems(Postmortem p)
    {
        var active = p.ActionItems.Where(a => a.Status != ActionItemStatus.NotDoing).ToList();
        var unowned = active.Where(a => ActionItemFindings.Missing(a).Length > 0)
            .Select(a => $"{a.Id} (no {ActionItemFindings.Missing(a)})")
            .ToList();
        string detail;
        if (active.Count == 0)
        {
            detail = "No action items; add the system changes that follow from the incident, each with an owner.";
        }
        else if (unowned.Count > 0)
        {
            detail = $"{string.Join(", ", unowned)}: give {(unowned.Count == 1 ? "it" : "each")} what it lacks, " +
                "or set status not_doing if it was dropped.";
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

    private static ChecklistItem MeetingHeld(Postmortem p, DateOnly today)
    {
        var held = p.Review.MeetingHeld;
        var (passed, detail) = held switch
        {
            null => (false, "Not recorded; after the meeting call record_review with meeting_held."),
            { } d when d > today => (false, $"Recorded as held on {Date(d)}, which is in the future; record the " +
                "day it was held with record_review after the meeting."),
            { } d when d < p.IncidentDate => (false, $"Recorded as held on {Date(d)}, before the incident of " +
                $"{Date(p.IncidentDate)}; correct it with record_review meeting_held."),
            { } d => (true, $"Held on {Date(d)}."),
        };
        return Item("meeting_held", "Postmortem meeting held", passed, Recorded, detail);
    }

    private static ChecklistItem DocumentShared(Model.Review review) =>
        Item("document_shared", "Document shared widely", review.SharedWith.Length > 0, Recorded,
            review.SharedWith.Length > 0
                ? $"Shared with {review.SharedWith}."
                : "Not recorded; call record_review with shared_with (channels or lists it went to).");

    // A follow-up date that has passed is a plan that did not happen, unless the review is over.
    private static ChecklistItem FollowUp(Postmortem p, DateOnly today)
    {
        var reviewOver = p.Status is ReviewStatus.Published or ReviewStatus.NotRequired;
        var (passed, detail) = p.Review.FollowUpDate switch
        {
            null => (false, "Not recorded; call record_review with follow_up_date (when action items are checked)."),
            { } d when d < p.IncidentDate => (false, $"The follow-up date {Date(d)} is before the incident of " +
                $"{Date(p.IncidentDate)}; record the real date with record_review follow_up_date."),
            { } d when d < today && !reviewOver => (false, $"The follow-up date {Date(d)} has passed and the " +
                "review is not published; record the next follow-up date with record_review follow_up_date."),
            { } d => (true, $"Follow-up on {Date(d)}."),
        };
        return Item("follow_up_scheduled", "Follow-up scheduled", passed, Recorded, detail);
    }

    private static ChecklistItem Item(string key, string label, bool passed, string source, string detail) =>
        new() { Key = key, Label = label, Passed = passed, Source = source, Detail = detail };

    private static string Name(EventKind kind) => kind.ToString().ToLower(CultureInfo.InvariantCulture);

    private static string Clip(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
