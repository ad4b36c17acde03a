namespace McpPostmortem.Rendering;

/// <summary>
/// Finds fenced code blocks by the CommonMark rules: an opening line of three or more backticks or
/// tildes (at most three spaces in), closed by a line of the same character at least as long. A
/// fence the text closes itself cannot reach past the text; one it leaves open would swallow the
/// rest of the document, so the escaper keeps the first kind verbatim and escapes the second.
/// </summary>
internal static class CodeFence
{
    /// <summary>For each line, whether it belongs to a fenced block that the text also closes.</summary>
    public static bool[] ClosedLines(IReadOnlyList<string> lines)
    {
        var inside = new bool[lines.Count];
        var i = 0;
        while (i < lines.Count)
        {
            if (!IsOpener(lines[i], out var marker, out var length))
            {
                i++;
                continue;
            }

            var close = i + 1;
            while (close < lines.Count && !IsCloser(lines[close], marker, length))
            {
                close++;
            }

            if (close == lines.Count)
            {
                // Unclosed: the opening line gets escaped; what follows is ordinary text.
                i++;
                continue;
            }

            for (var line = i; line <= close; line++)
            {
                inside[line] = true;
            }

            i = close + 1;
        }

        return inside;
    }

    /// <summary>True for a line that opens a fenced code block.</summary>
    public static bool IsOpener(string line, out char marker, out int length)
    {
        marker = '\0';
        length = 0;
        var start = Indent(line);
        if (start > 3 || start >= line.Length || line[start] is not ('`' or '~'))
        {
            return false;
        }

        var run = Run(line, start);
        if (run < 3)
        {
            return false;
        }

        // A backtick fence's info string may not hold a backtick: "```code```" is inline code.
        if (line[start] == '`' && line.IndexOf('`', start + run) >= 0)
        {
            return false;
        }

        marker = line[start];
        length = run;
        return true;
    }

    private static bool IsCloser(string line, char marker, int length)
    {
        var start = Indent(line);
        if (start > 3 || start >= line.Length || line[start] != marker)
        {
            return false;
        }

        var run = Run(line, start);
        return run >= length && line[(start + run)..].Trim().Length == 0;
    }

    private static int Indent(string line)
    {
        var spaces = 0;
        while (spaces < line.Length && line[spaces] == ' ')
        {
            spaces++;
        }

        return spaces;
    }

    private static int Run(string line, int start)
    {
        var end = start;
        while (end < line.Length && line[end] == line[start])
        {
            end++;
        }

        return end - start;
    }
}
