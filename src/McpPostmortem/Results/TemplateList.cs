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

    /// <summary>Every field a template sees, with sub-fields.</summary>
    public required IReadOnlyList<TemplateField> DataModel { get; init; }

    /// <summary>The escaping and redaction functions templates call.</summary>
    public required IReadOnlyList<TemplateFunction> Functions { get; init; }
}
