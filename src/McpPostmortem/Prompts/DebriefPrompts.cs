using System.ComponentModel;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Prompts;

/// <summary>The debrief interview: questions for one responder, answers stored as evidence.</summary>
[McpServerPromptType]
public sealed class DebriefPrompts(Workspace workspace)
{
    [McpServerPrompt(Name = "debrief_responder")]
    [Description("Interview one incident responder with blameless debrief questions, then store the answers " +
        "with the postmortem through add_debrief_notes.")]
    public string DebriefResponder(
        [Description("Postmortem id from create_postmortem or list_postmortems.")] string id,
        [Description("The responder's role, such as 'on-call SRE', 'incident commander' or 'support lead'.")]
        string role)
    {
        Postmortem postmortem;
        try
        {
            postmortem = workspace.Store.Load(id);
        }
        catch (PostmortemException ex)
        {
            // Prompt errors are not tool results; a protocol error is the one way the message reaches the model.
            throw new McpProtocolException(ex.Message, McpErrorCode.InvalidParams);
        }

        return DebriefPromptText.Create(postmortem, role);
    }
}
