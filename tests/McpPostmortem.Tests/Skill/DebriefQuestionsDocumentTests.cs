using McpPostmortem.Server.Prompts;

namespace McpPostmortem.Server.Tests.Skill;

/// <summary>The debrief reference in skill/ asks the same questions as the debrief_responder prompt.</summary>
public sealed class DebriefQuestionsDocumentTests
{
    [Fact]
    public void Reference_HasEveryPhaseAndQuestionOfThePrompt()
    {
        var reference = RepositoryFiles.Read("skill", "references", "debrief-questions.md");

        Assert.All(DebriefQuestions.Phases, phase =>
        {
            Assert.Contains($"\n{phase.Phase}\n", reference, StringComparison.Ordinal);
            Assert.All(phase.Questions, q => Assert.Contains($"- {q}\n", reference, StringComparison.Ordinal));
        });
    }
}
