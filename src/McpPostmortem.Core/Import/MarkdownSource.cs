using System.Text;
using Markdig.Syntax;

namespace McpPostmortem.Import;

/// <summary>
/// Source text of Markdown nodes, with the escapes of <see cref="Rendering.MarkdownText"/> undone, so
/// imported fields hold the text an author would type and render back to the same document.
/// </summary>
internal sealed class MarkdownSource(string text)
{
    public string Text { get; } = text;

    /// <summary>The exact source of a node.</summary>
    public string Of(MarkdownObject node) =>
        node.Span.IsEmpty || node.Span.End >= Text.Length + 1 ? "" : Text.Substring(node.Span.Start, node.Span.Length);

    /// <summary>The source from the start of one node to the end of another.</summary>
    public string Between(MarkdownObject first, MarkdownObject last) =>
        Text[first.Span.Start..Math.Min(last.Span.End + 1, Text.Length)];

    /// <summary>Undoes the escapes of a table cell: pipes, line breaks and angle brackets.</summary>
    public static string Cell(string cell) => Angles(cell.Trim()
        .Replace("<br>", "\n", StringComparison.Ordinal)
        .Replace("\\|", "|", StringComparison.Ordinal));

    /// <summary>Undoes the escapes of a one-line field: the leading marker and angle brackets.</summary>
    public static string Line(string line) => Angles(UnescapeLeadingMarker(line.Trim()));

    /// <summary>Undoes the escapes of a block: each line's leading marker and angle brackets.</summary>
    public static string Block(string block)
    {
        var lines = block.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split('\n');
        var text = new StringBuilder(block.Length);
        foreach (var line in lines)
        {
            text.Append(UnescapeLeadingMarker(line.TrimEnd())).Append('\n');
        }

        return Angles(text.ToString().TrimEnd('\n'));
    }

    private static string Angles(string text) => text.Replace("&lt;", "<", StringComparison.Ordinal);

    private static string UnescapeLeadingMarker(string line)
    {
        var trimmed = line.TrimStart();
        var indent = line[..(line.Length - trimmed.Length)];
        if (trimmed.Length > 1 && trimmed[0] == '\\' && trimmed[1] is '#' or '>' or '=' or '+' or '-' or '*')
        {
            return indent + trimmed[1..];
        }

        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits + 1 < trimmed.Length && trimmed[digits] == '\\' && trimmed[digits + 1] is '.' or ')')
        {
            return indent + trimmed[..digits] + trimmed[(digits + 1)..];
        }

        return line;
    }
}
