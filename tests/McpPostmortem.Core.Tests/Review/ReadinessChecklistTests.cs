using System.Globalization;
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
    public void Check_PersonAimedActionItems_BlameErrorsAgreeWithLint()
    {
        var postmortem = WithItems(
            "Educate the team about connection pooling",
            "Talk to Bob about the deploy",
            "Train engineers on connection handling",
            "Make sure engineers test their changes");

        var report = ReadinessChecklist.Check(postmortem, new BlameLinter(), Today);
        var lint = DocumentLinter.Findings(postmortem, new BlameLinter(), Today);

        Assert.Equal(4, report.BlameErrors);
        Assert.Equal(lint.Count(f => f.Severity == FindingSeverity.Error), report.LintErrors);
        Assert.Equal(report.LintErrors, report.BlameErrors);
        Assert.False(report.Ready);
        Assert.Contains(report.Blockers, b => b.StartsWith("No blame language remains", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BlameInDebriefAnswer_WarningThatDoesNotBlock()
    {
        var postmortem = Complete.Postmortem() with
        {
            Debriefs =
            [
                new DebriefNote
                {
                    Id = "db-1",
                    Responder = "on-call SRE",
                    Answers =
                    [
                        new DebriefAnswer
                        {
                            Question = "What did you see first?",
                            Answer = "Honestly I should have seen the pool graph earlier, I was careless.",
                        },
                    ],
                },
            ],
        };

        var report = ReadinessChecklist.Check(postmortem, new BlameLinter(), Today);
        var debrief = DocumentLinter.Findings(postmortem, new BlameLinter(), Today)
            .Where(f => f.Location.Section == "debriefs")
            .ToList();

        Assert.True(report.Ready, string.Join("\n", report.Blockers));
        Assert.NotEmpty(debrief);
        Assert.All(debrief, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.All(debrief, f => Assert.Contains("quoted evidence", f.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("TBD")]
    [InlineData("To be determined.")]
    [InlineData("Unknown - still under investigation")]
    [InlineData("???")]
    public void Check_PlaceholderRootCause_RootCauseFails(string text)
    {
        var postmortem = Complete.Postmortem() with { RootCause = new RootCause { Text = text } };

        var report = ReadinessChecklist.Check(postmortem, new BlameLinter(), Today);

        var item = report.Checklist.Single(i => i.Key == "root_cause_identified");
        Assert.False(item.Passed);
        Assert.Contains("placeholder", item.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FactorWithoutPoints_FactorsFailNamingIt()
    {
        var postmortem = Complete.Postmortem();
        postmortem = postmortem with
        {
            ContributingFactors = [.. postmortem.ContributingFactors, new ContributingFactor { Id = "cf-9", Title = "No canary" }],
        };

        var report = ReadinessChecklist.Check(postmortem, new BlameLinter(), Today);

        var item = report.Checklist.Single(i => i.Key == "contributing_factors_documented");
        Assert.False(item.Passed);
        Assert.StartsWith("cf-9 has no supporting points", item.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-07-20", null, "meeting_held", "in the future")]
    [InlineData("2025-07-01", null, "meeting_held", "before the incident")]
    [InlineData(null, "2025-07-10", "follow_up_scheduled", "has passed")]
    [InlineData(null, "2025-07-01", "follow_up_scheduled", "before the incident")]
    public void Check_ImpossibleReviewDate_ItemFails(string? meeting, string? followUp, string key, string detail)
    {
        var postmortem = Complete.Postmortem();
        postmortem = postmortem with
        {
            Review = postmortem.Review with
            {
                MeetingHeld = meeting is null ? postmortem.Review.MeetingHeld : DateOnly.Parse(meeting, CultureInfo.InvariantCulture),
                FollowUpDate = followUp is null ? postmortem.Review.FollowUpDate : DateOnly.Parse(followUp, CultureInfo.InvariantCulture),
            },
        };

        var report = ReadinessChecklist.Check(postmortem, new BlameLinter(), Today);

        var item = report.Checklist.Single(i => i.Key == key);
        Assert.False(item.Passed);
        Assert.Contains(detail, item.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PastFollowUpOfPublishedReview_Passes()
    {
        var postmortem = Complete.Postmortem() with { Status = ReviewStatus.Published };

        var report = ReadinessChecklist.Check(postmortem, new BlameLinter(), new DateOnly(2025, 9, 1));

        Assert.True(report.Checklist.Single(i => i.Key == "follow_up_scheduled").Passed);
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

    private static Postmortem WithItems(params string[] actions)
    {
        var postmortem = Complete.Postmortem();
        var extra = actions.Select((a, i) => new ActionItem
        {
            Id = $"ai-{90 + i}",
            Action = a,
            Owner = "API team",
            DueDate = new DateOnly(2025, 8, 1),
        });
        return postmortem with { ActionItems = [.. postmortem.ActionItems, .. extra] };
    }
}
