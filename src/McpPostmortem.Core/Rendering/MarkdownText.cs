using System.Text;

namespace McpPostmortem.Rendering;

/// <summary>
/// Escapes user text where it would change the shape of a Markdown document: a pipe or a line break
/// in a table cell, a heading or list marker at the start of a line, a stray HTML tag.
/// </summary>
public static class MarkdownText
{
    /// <summary>Text for one table cell: one line, pipes escaped.</summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var cell = new StringBuilder(text.Length + 8);
        var lines = SplitLines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                cell.Append("<br>");
            }

            AppendInline(cell, lines[i].Trim(), escapePipe: true);
        }

        return cell.ToString();
    }

    /// <summary>Text for one list item or heading: a single line, with leading markers escaped.</summary>
    public static string Line(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var line = new StringBuilder(text.Length + 4);
        AppendInline(line, string.Join(' ', SplitLines(text).Select(l => l.Trim())), escapePipe: false);
        return EscapeLeadingMarker(line.ToString());
    }

    /// <summary>A block of paragraphs: line breaks kept, each line's leading marker escaped.</summary>
    public static string Block(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var lines = SplitLines(text.Trim());
        var block = new StringBuilder(text.Length + 16);
        foreach (var raw in lines)
        {
            var line = new StringBuilder(raw.Length);
            AppendInline(line, raw.TrimEnd(), escapePipe: false);
            block.Append(EscapeLeadingMarker(line.ToString())).Append('\n');
        }

        return block.ToString().TrimEnd('\n');
    }

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

    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');

    private static void AppendInline(StringBuilder target, string text, bool escapePipe)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '|' when escapePipe:
                    target.Append("\\|");
                    break;
                case '<':
                    // A raw tag in user text could hide the rest of the document in HTML views.
                    target.Append("&lt;");
                    break;
                default:
                    target.Append(c);
                    break;
            }
        }
    }

    private static string EscapeLeadingMarker(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.Length == 0)
        {
            return line;
        }

        var indent = line[..(line.Length - trimmed.Length)];
        if (trimmed[0] is '#' or '>' or '=' or '+' or '-' or '*' && !IsInlineEmphasis(trimmed))
        {
            return indent + "\\" + trimmed;
        }

        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < trimmed.Length - 1 && trimmed[digits] is '.' or ')' && trimmed[digits + 1] == ' ')
        {
            return indent + trimmed[..digits] + "\\" + trimmed[digits..];
        }

        return line;
    }

    private static bool IsInlineEmphasis(string trimmed) =>
        trimmed.Length > 1 && trimmed[0] == '*' && trimmed[1] != ' ' && trimmed[1] != '*';
}
