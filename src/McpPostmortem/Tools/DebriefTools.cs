using System.ComponentModel;
using McpPostmortem.Editing;
using McpPostmortem.Model;
using McpPostmortem.Server.Results;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Tools;

/// <summary>Responder debriefs: the interview answers kept with the postmortem as evidence.</summary>
[McpServerToolType]
public sealed class DebriefTools(Workspace workspace)
{
    [McpServerTool(Name = "add_debrief_notes", UseStructuredContent = true)]
    [Description("Store one responder's debrief with the postmortem: each question you asked and the answer " +
        "in the responder's words. Use the debrief_responder prompt for the questions. The answers are " +
        "evidence for the timeline and contributing factors, rendered in the appendix; record a role " +
        "('on-call SRE') unless the responder agreed to be named. Do not rewrite an answer to sound blameless: " +
        "blame language in it (a responder blaming themselves) is linted as a warning about quoted evidence and " +
        "does not block approval; keep it out of the summary, timeline and factors.")]
    public ChangeResult AddDebriefNotes(
        [Description("Postmortem id from create_postmortem or list_postmortems.")] string id,
        [Description("Who answered: a role such as 'on-call SRE' or 'incident commander', or a name the " +
            "responder agreed to.")] string responder,
        [Description("Each question asked with the responder's answer, in the order asked.")]
        IReadOnlyList<DebriefAnswer> answers)
    {
        DebriefNote? added = null;
        var saved = workspace.Change(id, "debrief", p =>
        {
            (var changed, added) = DebriefEditor.Add(p, responder, answers);
            return changed;
        });
        return Workspace.Result(saved, $"Stored debrief {added!.Id} with {added.Answers.Count} answer(s). Use " +
            "them as evidence in the timeline and contributing factors.", [added.Id]);
    }
}
