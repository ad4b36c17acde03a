using System.Text;

namespace McpPostmortem.Rendering;

/// <summary>
/// Escapes user text so that it stays inside the place the template gives it: a table cell, one
/// line, a run of paragraphs or contained Markdown. Inline Markdown (emphasis, code spans, links)
/// is kept; no user text can open a heading, list, quote, table, HTML block, link definition or a
/// code fence that would swallow the rest of the document. A fence the text closes itself stays a
/// code block in the multi-line forms, since it ends where the text ends.
/// </summary>
public static class MarkdownText
{
    /// <summary>Text for one table cell: one line, pipes escaped, line breaks as &lt;br&gt;.</summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var trimmed = text.Trim();
        if (trimmed.AsSpan().IndexOfAny('\n', '\r') < 0)
        {
            return InlineText.Escape(trimmed, escapePipe: true);
        }

        return string.Join("<br>",
            SplitLines(trimmed).Select(l => InlineText.Escape(l.TrimEnd(), escapePipe: true)));
    }

    /// <summary>Text for one list item or heading: a single line, its start and end escaped.</summary>
    public static string Line(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var joined = string.Join(' ', SplitLines(text).Select(l => l.Trim()));
        var line = BlockStart.Escape(InlineText.Escape(joined, escapePipe: false), BlockStyle.Paragraph,
            afterText: false);
        return EscapeClosingHashes(line);
    }

    /// <summary>Bold text: one line between "**", with '*', '_' and a final backslash escaped.</summary>
    public static string Strong(string? text) => $"**{InlineText.Enclose(Line(text), "*_")}**";

    /// <summary>Emphasised text: one line between "_", with '*', '_' and a final backslash escaped.</summary>
    public static string Emphasis(string? text) => $"_{InlineText.Enclose(Line(text), "*_")}_";

    /// <summary>The text of a link, "[label](url)": one line with its brackets escaped.</summary>
    public static string Label(string? text) => InlineText.Enclose(Line(text), "[]");

    /// <summary>Paragraphs: line breaks kept, each line's block marker escaped.</summary>
    public static string Block(string? text) => Lines(text, BlockStyle.Paragraph, indent: "");

    /// <summary>
    /// Contained Markdown, for the appendix notes: lists, quotes, tables, closed fences and headings of
    /// level 4 or deeper stay; headings of level 1 to 3, setext underlines, HTML, link definitions and
    /// open fences are escaped. The template must follow it with a blank line.
    /// </summary>
    public static string Markdown(string? text) => Lines(text, BlockStyle.Markdown, indent: "");

    /// <summary>Paragraphs placed after a "- " list marker: later lines indented to stay in the item.</summary>
    public static string Item(string? text) => Lines(text, BlockStyle.Paragraph, indent: "  ");

    /// <summary>A fenced code block that no line of the code can close early.</summary>
    public static string Fence(string? code, string language)
    {
        var body = (code ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        var fence = "```";
        while (body.Contains(fence, StringComparison.Ordinal))
        {
            fence += "`";
        }

        return $"{fence}{language}\n{body}\n{fence}";
    }

    /// <summary>A link target that cannot end the Markdown link early: spaces and brackets encoded.</summary>
    public static string Url(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "";
        }

        return url.Trim()
            .Replace(" ", "%20", StringComparison.Ordinal)
            .Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal)
            .Replace("\n", "", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal);
    }

    internal static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');

    /// <summary>"Issue #" would lose its "#" as the closing sequence of a heading; "Issue \#" keeps it.</summary>
    internal static string EscapeClosingHashes(string line)
    {
        var run = line.Length;
        while (run > 0 && line[run - 1] == '#')
        {
            run--;
        }

        var closes = run < line.Length && run > 0 && line[run - 1] is ' ' or '\t' && (run < 2 || line[run - 2] != '\\');
        return closes ? line[..run] + "\\" + line[run..] : line;
    }

    private static string Lines(string? text, BlockStyle style, string indent)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var lines = SplitLines(text.Trim()).Select(l => l.TrimEnd()).ToArray();
        var fenced = CodeFence.ClosedLines(lines);
        var block = new StringBuilder(text.Length + 16);
        for (var i = 0; i < lines.Length; i++)
        {
            var afterText = i > 0 && lines[i - 1].Length > 0;
            var line = fenced[i]
                ? lines[i]
                : BlockStart.Escape(InlineText.Escape(lines[i], escapePipe: false), style, afterText);
            if (i > 0)
            {
                block.Append('\n').Append(line.Length > 0 ? indent : "");
            }

            block.Append(line);
        }

        return block.ToString();
    }
}
