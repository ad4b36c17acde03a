using McpPostmortem.Rendering;

namespace McpPostmortem.Server.Results;

/// <summary>The templates a postmortem can be rendered with, and where custom ones go.</summary>
public sealed record TemplateList
{
    public required IReadOnlyList<TemplateInfo> Templates { get; init; }

    /// <summary>The folder custom .scriban templates are read from.</summary>
    public required string CustomFolder { get; init; }

    /// <summary>How to write a custom template.</summary>
    public required string Guide { get; init; }
}
