using McpPostmortem.Model;

namespace McpPostmortem.Tests.TestSupport;

/// <summary>A postmortem that passes every checklist item, built from the edge-config scenario.</summary>
public static class Complete
{
    public static Postmortem Postmortem() => Scenarios.Postmortem("edge-config-push") with
    {
        RootCause = new RootCause { Text = "The validator accepted a rule pointing at an empty origin pool." },
        LessonsLearned = ["Config changes need the same staged rollout as code."],
        Review = new Model.Review
        {
            MeetingHeld = new DateOnly(2025, 7, 11),
            SharedWith = "#eng-incidents",
            FollowUpDate = new DateOnly(2025, 8, 1),
        },
    };
}
