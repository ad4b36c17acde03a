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

    /// <summary>
    /// The Markdown the template produced (the file's text when the format is Markdown), cut at a line
    /// end after <see cref="ReturnedTextLimit"/> characters; the file always holds all of it.
    /// </summary>
    public required string Markdown { get; init; }

    /// <summary>The HTML page written, when the format is HTML, cut the same way.</summary>
    public string? Html { get; init; }

    /// <summary>What public_text replaced (external and custom templates that call it); else empty.</summary>
    public IReadOnlyList<Redaction> Redactions { get; init; } = [];

    /// <summary>What public_text could not judge, for a person to check before the text is shared.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Characters in the written file.</summary>
    public required int Length { get; init; }

    /// <summary>True when the returned text is only the start of the document: read the file for the rest.</summary>
    public required bool Truncated { get; init; }

    /// <summary>
    /// The most text a render returns. A day-long timeline renders to hundreds of thousands of
    /// characters, more than a model's context holds; the document is on disk at <see cref="Path"/>.
    /// </summary>
    public const int ReturnedTextLimit = 60_000;

    /// <summary>The first <see cref="ReturnedTextLimit"/> characters of text, ending at a line end.</summary>
    public static string Head(string text)
    {
        if (text.Length <= ReturnedTextLimit)
        {
            return text;
        }

        var end = text.LastIndexOf('\n', ReturnedTextLimit - 1);
        return text[..(end > 0 ? end + 1 : ReturnedTextLimit)];
    }
}
