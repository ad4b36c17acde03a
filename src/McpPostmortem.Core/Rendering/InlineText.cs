using System.Buffers;
using System.Text;

namespace McpPostmortem.Rendering;

/// <summary>
/// Escapes inside one line of user text: a '&lt;' that could open an HTML tag, comment or autolink
/// becomes "&amp;lt;", and in table cells a '|' becomes "\|". Code spans are copied as written,
/// since an entity inside one would show literally. Emphasis, links and code spans stay Markdown.
/// </summary>
internal static class InlineText
{
    // The characters Escape acts on; a line without any of them comes back as it is.
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`<|");

    /// <summary>The line with tag openers (and, for cells, pipes) escaped.</summary>
    public static string Escape(string line, bool escapePipe)
    {
        // Most lines hold none of the characters that need care; a long timeline has thousands.
        if (line.AsSpan().IndexOfAny(Special) < 0)
        {
            return line;
        }

        var text = new StringBuilder(line.Length + 8);
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length)
            {
                // An escaped character is literal already; copying the pair keeps "\`" from opening a span.
                text.Append(c).Append(line[i + 1]);
                i += 2;
                continue;
            }

            if (c == '`')
            {
                var end = CodeSpanEnd(line, i);
                var span = line[i..end];
                if (escapePipe && span.Trim('`').Length == 0 && span.Length == RunLength(line, i))
                {
                    // An unmatched run in a table row would pair with one in a later cell or row and
                    // swallow the pipes between them.
                    span = string.Concat(Enumerable.Repeat("\\`", span.Length));
                }

                text.Append(escapePipe ? span.Replace("|", "\\|", StringComparison.Ordinal) : span);
                i = end;
                continue;
            }

            if (c == '<' && OpensTag(line, i + 1))
            {
                text.Append("&lt;");
            }
            else if (c == '|' && escapePipe)
            {
                text.Append("\\|");
            }
            else
            {
                text.Append(c);
            }

            i++;
        }

        return text.ToString();
    }

    /// <summary>Undoes <see cref="Escape"/>; a line it could not have produced is returned unchanged.</summary>
    public static string Unescape(string line, bool escapePipe)
    {
        var candidate = line.Replace("&lt;", "<", StringComparison.Ordinal);
        if (escapePipe)
        {
            candidate = candidate.Replace("\\|", "|", StringComparison.Ordinal)
                .Replace("\\`", "`", StringComparison.Ordinal);
        }

        return Escape(candidate, escapePipe) == line ? candidate : line;
    }

    /// <summary>
    /// Text to put between delimiters the template writes (the "**" of a bold title, the brackets of
    /// a link label): each of <paramref name="delimiters"/> outside code spans is escaped, and so is a
    /// final backslash, so the text can neither close the delimiters early nor escape the closing one.
    /// </summary>
    public static string Enclose(string line, string delimiters)
    {
        var text = new StringBuilder(line.Length + 8);
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length)
            {
                text.Append(c).Append(line[i + 1]);
                i += 2;
                continue;
            }

            if (c == '`')
            {
                var end = CodeSpanEnd(line, i);
                text.Append(line, i, end - i);
                i = end;
                continue;
            }

            text.Append(c == '\\' || delimiters.Contains(c, StringComparison.Ordinal) ? "\\" + c : c.ToString());
            i++;
        }

        return text.ToString();
    }

    /// <summary>Undoes <see cref="Enclose"/>; text it could not have produced is returned unchanged.</summary>
    public static string Disclose(string text, string delimiters)
    {
        var candidate = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '`')
            {
                var end = CodeSpanEnd(text, i);
                candidate.Append(text, i, end - i);
                i = end;
                continue;
            }

            var escaped = text[i] == '\\' && i + 1 < text.Length;
            if (escaped && (delimiters.Contains(text[i + 1], StringComparison.Ordinal) || i + 2 == text.Length))
            {
                candidate.Append(text[i + 1]);
                i += 2;
                continue;
            }

            candidate.Append(text[i]);
            if (escaped)
            {
                candidate.Append(text[i + 1]);
                i++;
            }

            i++;
        }

        var result = candidate.ToString();
        return Enclose(result, delimiters) == text ? result : text;
    }

    /// <summary>A '&lt;' followed by a letter, '/', '!' or '?' can start raw HTML or an autolink.</summary>
    private static bool OpensTag(string line, int next) =>
        next < line.Length && (char.IsAsciiLetter(line[next]) || line[next] is '/' or '!' or '?');

    /// <summary>
    /// The end of the code span opened by the backtick run at <paramref name="start"/>: after the next
    /// run of the same length, or just after the run itself when no such run follows (literal backticks).
    /// </summary>
    private static int CodeSpanEnd(string line, int start)
    {
        var open = RunLength(line, start);
        var i = start + open;
        while (i < line.Length)
        {
            if (line[i] != '`')
            {
                i++;
                continue;
            }

            var run = RunLength(line, i);
            if (run == open)
            {
                return i + run;
            }

            i += run;
        }

        return start + open;
    }

    private static int RunLength(string line, int start)
    {
        var end = start;
        while (end < line.Length && line[end] == '`')
        {
            end++;
        }

        return end - start;
    }
}
