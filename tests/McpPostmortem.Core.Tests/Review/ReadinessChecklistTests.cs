using McpPostmortem.Linting;
using McpPostmortem.Model;
using McpPostmortem.Review;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Review;

public sealed class ReadinessChecklistTests
{
    private static readonly DateOnly Today = new(2025, 7, 12);

    [Fact]
    public void Check_CompletePostmortem_ReadyWithEveryItemPassed()
    {
        var report = ReadinessChecklist.Check(Complete.Postmortem(), new BlameLinter(), Today);

        Assert.True(report.Ready);
        Assert.Empty(report.Blockers);
        Assert.Equal(0, report.BlameErrors);
        Assert.Equal(
            ["timeline_created", "root_cause_identified", "contributing_factors_documented",
                "action_items_with_owners", "lessons_learned_captured", "meeting_held", "document_shared",
                "follow_up_scheduled", "no_blame_errors"],
            report.Checklist.Select(i => i.Key));
        Assert.All(report.Checklist, i => Assert.True(i.Passed, i.Key));
    }

    [Fact]
    public void Check_EmptyPostmortem_EveryDocumentItemFails()
    {
        var report = ReadinessChecklist.Check(Samples.Minimal(), new BlameLinter(), Today);

        Assert.False(report.Ready);
        Assert.Equal(8, report.Blockers.Count);
        Assert.Equal(
            ["no_blame_errors"],
            report.Checklist.Where(i => i.Passed).Select(i => i.Key));
        Assert.Equal(
            ["meeting_held", "document_shared", "follow_up_scheduled"],
            report.Checklist.Where(i => i.Source == "recorded").Select(i => i.Key));
    }

    [Fact]
    public void Check_TimelineWithoutMitigatedMilestone_TimelineFailsNamingIt()
    {
        var postmortem = Complete.Postmortem();
        postmortem = postmortem with
        {
            Timeline = postmortem.Timeline.Where(e => e.Kind != EventKind.Mitigated).ToList(),
        };

        var report = ReadinessChecklist.Check(postmortem, new BlameLinter(), Today);

        var timeline = report.Checklist.Single(i => i.Key == "timeline_created");
        Assert.False(timeline.Passed);
        Assert.Contains("mitigated", timeline.Detail, StringComparison.Ordinal);
        Assert.False(report.Ready);
    }

    [Fact]
    public void Check_BlameInSummary_CountsBlameErrorsAndBlocks()
    {
        var postmortem = Complete.Postmortem() with
        {
            Summary = "The operator should have canaried the push; it was human error.",
        };

        var report = ReadinessChecklist.Check(postmortem, new BlameLinter(), Today);

        Assert.Equal(2, report.BlameErrors);
        Assert.False(report.Ready);
        Assert.Single(report.Blockers);
        Assert.StartsWith("No blame language remains", report.Blockers[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CandidateWithoutOwner_ActionItemsFail()
    {
        var postmortem = Complete.Postmortem();
        postmortem = postmortem with
        {
            ActionItems =
            [
                .. postmortem.ActionItems,
                new ActionItem { Id = "ai-9", Action = "Add a PoP-level config dashboard", Status = ActionItemStatus.Candidate },
            ],
        };

        var report = ReadinessChecklist.Check(postmortem, new BlameLinter(), Today);

        var item = report.Checklist.Single(i => i.Key == "action_items_with_owners");
        Assert.False(item.Passed);
        Assert.Contains("ai-9", item.Detail, StringComparison.Ordinal);
        Assert.Contains(report.ActionItemFindings, f => f.RuleId == "action-item/unassigned-candidate");
    }

    [Fact]
    public void Check_MilestonesOutOfOrder_TimelineFailsAndBlocks()
    {
        var postmortem = Complete.Postmortem();
        var started = postmortem.Timeline.Single(e => e.Kind == EventKind.Started);
        postmortem = postmortem with
        {
            Timeline = postmortem.Timeline
                .Select(e => e.Kind == EventKind.Resolved ? e with { Time = started.Time.AddMinutes(-80) } : e)
                .ToList(),
        };

        var report = ReadinessChecklist.Check(postmortem, new BlameLinter(), Today);

        var timeline = Assert.Single(report.Checklist, i => i.Key == "timeline_created");
        Assert.False(timeline.Passed);
        Assert.Contains("mitigated <= resolved", timeline.Detail, StringComparison.Ordinal);
        Assert.False(report.Ready);
    }
}
