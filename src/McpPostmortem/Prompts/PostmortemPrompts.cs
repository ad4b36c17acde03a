using System.ComponentModel;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Prompts;

/// <summary>Prompts that walk an agent through the work.</summary>
[McpServerPromptType]
public sealed class PostmortemPrompts
{
    [McpServerPrompt(Name = "write_postmortem")]
    [Description("Walks you through writing a blameless postmortem with this server's tools, in order.")]
    public static string WritePostmortem(
        [Description("What you know of the incident so far: pasted chat, pager or deploy notes, or a sentence.")]
        string incident = "") =>
        PromptText.WritePostmortem(incident);
}
