using System.Text;
using Markdig.Syntax;
using McpPostmortem.Rendering;

namespace McpPostmortem.Import;

/// <summary>
/// Source text of Markdown nodes, with the escapes of <see cref="MarkdownText"/> undone, so
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

    /// <summary>Undoes the escapes of a table cell: pipes, line breaks and tag openers.</summary>
    public static string Cell(string cell) => string.Join('\n', cell.Trim()
        .Split("<br>", StringSplitOptions.None)
        .Select(line => InlineText.Unescape(line, escapePipe: true)));

    /// <summary>Undoes the escapes of a one-line field: its leading marker, closing hashes and tag openers.</summary>
    public static string Line(string line)
    {
        var text = line.Trim();
        if (text.EndsWith('#'))
        {
            var hashes = text.Length - text.TrimEnd('#').Length;
            var slash = text.Length - hashes - 1;
            if (slash > 0 && text[slash] == '\\')
            {
                var candidate = text.Remove(slash, 1);
                text = MarkdownText.EscapeClosingHashes(candidate) == text ? candidate : text;
            }
        }

        return InlineText.Unescape(BlockStart.Unescape(text, BlockStyle.Paragraph, afterText: false),
            escapePipe: false);
    }

    /// <summary>Undoes the escapes of paragraphs: each line's leading marker and tag openers.</summary>
    public static string Block(string block) => Lines(block, BlockStyle.Paragraph);

    /// <summary>Undoes the escapes of contained Markdown (the appendix notes).</summary>
    public static string Markdown(string block) => Lines(block, BlockStyle.Markdown);

    /// <summary>
    /// Undoes <see cref="MarkdownText.Item"/>: the text of a list item after its marker, with the
    /// item's indentation taken off the later lines.
    /// </summary>
    public static string Item(string text, int indent)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var spaces = 0;
            while (spaces < indent && spaces < lines[i].Length && lines[i][spaces] == ' ')
            {
                spaces++;
            }

            lines[i] = lines[i][spaces..];
        }

        return Block(string.Join('\n', lines));
    }

    /// <summary>Runs of blank lines (left where comments were) become one, except inside code fences.</summary>
    public static string CollapseBlankLines(string text)
    {
        var lines = text.Split('\n');
        var fenced = CodeFence.ClosedLines(lines);
        var kept = lines.Where((line, i) => fenced[i] || line.Trim().Length > 0 || i == 0
            || lines[i - 1].Trim().Length > 0 || fenced[i - 1]);
        return string.Join('\n', kept);
    }

    private static string Lines(string block, BlockStyle style)
    {
        var lines = block.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split('\n')
            .Select(l => l.TrimEnd()).ToArray();
        var fenced = CodeFence.ClosedLines(lines);
        var text = new StringBuilder(block.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var afterText = i > 0 && lines[i - 1].Length > 0;
            var line = fenced[i]
                ? lines[i]
                : InlineText.Unescape(BlockStart.Unescape(lines[i], style, afterText), escapePipe: false);
            text.Append(line).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }
}
