using McpPostmortem.Errors;
using McpPostmortem.Model;

namespace McpPostmortem.Editing;

/// <summary>Stores responders' debrief answers with the postmortem.</summary>
public static class DebriefEditor
{
    /// <summary>Adds one responder's debrief; refuses an empty responder or an answer without its question.</summary>
    public static (Postmortem Postmortem, DebriefNote Debrief) Add(
        Postmortem postmortem, string responder, IReadOnlyList<DebriefAnswer> answers)
    {
        if (postmortem.Debriefs.Count >= Limits.MaxListItems)
        {
            throw new PostmortemException($"A postmortem holds at most {Limits.MaxListItems} debriefs.");
        }

        if (answers.Count == 0)
        {
            throw new PostmortemException(
                "'answers' is empty. Send each question you asked with the responder's answer.");
        }

        if (answers.Count > Limits.MaxItemsPerCall)
        {
            throw new PostmortemException(
                $"'answers' has {answers.Count} entries; the limit is {Limits.MaxItemsPerCall}. Send fewer.");
        }

        var checkedAnswers = new List<DebriefAnswer>(answers.Count);
        for (var i = 0; i < answers.Count; i++)
        {
            checkedAnswers.Add(new DebriefAnswer
            {
                Question = Input.Text(
                    answers[i].Question, $"answers[{i}].question", Limits.MaxTextLength, required: true),
                Answer = Input.Text(
                    answers[i].Answer, $"answers[{i}].answer", Limits.MaxTextLength, required: true),
            });
        }

        var (id, numbered) = ItemIds.Next(postmortem, "db", postmortem.Debriefs.Select(d => d.Id));
        var debrief = new DebriefNote
        {
            Id = id,
            Responder = Input.Text(responder, "responder", Limits.MaxLineLength, required: true),
            Answers = checkedAnswers,
        };
        return (numbered with { Debriefs = [.. postmortem.Debriefs, debrief] }, debrief);
    }
}
