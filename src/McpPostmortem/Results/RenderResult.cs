using McpPostmortem.Rendering;
using McpPostmortem.Rendering.External;

namespace McpPostmortem.Server.Results;

/// <summary>A rendered document: where it was written and its text.</summary>
public sealed record RenderResult
{
    public required string Id { get; init; }

    public required string Template { get; init; }

    /// <summary>The format of the written file.</summary>
    public OutputFormat Format { get; init; } = OutputFormat.Markdown;

    /// <summary>The file written beside the postmortem's JSON.</summary>
    public required string Path { get; init; }

    /// <summary>The Markdown the template produced (the file's text when the format is Markdown).</summary>
    public required string Markdown { get; init; }

    /// <summary>The HTML page written, when the format is HTML.</summary>
    public string? Html { get; init; }

    /// <summary>What public_text replaced (external and custom templates that call it); else empty.</summary>
    public IReadOnlyList<Redaction> Redactions { get; init; } = [];

    /// <summary>What public_text could not judge, for a person to check before the text is shared.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
