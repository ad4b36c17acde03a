namespace McpPostmortem.Server.Prompts;

/// <summary>
/// The debrief interview as data: each phase of the response with open questions that ask what
/// the responder saw, knew and weighed at the time, never why they did not do something else.
/// </summary>
internal static class DebriefQuestions
{
    public static IReadOnlyList<(string Phase, IReadOnlyList<string> Questions)> Phases { get; } =
    [
        ("Your part", [
            "What was your role in this incident, and how did you first hear about it?",
            "What were you working on when you were pulled in?",
        ]),
        ("Detection", [
            "What was the first signal you saw (alert, dashboard, customer report, chat), and at what time?",
            "What did that signal tell you, and what did it leave out?",
        ]),
        ("Diagnosis", [
            "What did you think was happening at first, and what made that seem likely then?",
            "Which dashboards, logs or runbooks did you open, and what did they show?",
            "What changed your picture of the problem, and when?",
        ]),
        ("Mitigation", [
            "Which options for stopping the impact did you see, and what made you pick the one you tried?",
            "What was hard or slow about carrying it out (access, tooling, approvals, waiting)?",
            "How did you know the impact had stopped?",
        ]),
        ("Coordination", [
            "Who else was involved, and how did you share what you knew?",
            "Was anything unclear about who was doing what?",
        ]),
        ("Looking back", [
            "What surprised you about how the system behaved?",
            "What helped you most during the response?",
            "If you could change one tool, alert or process before the next incident, what would it be?",
        ]),
    ];
}
