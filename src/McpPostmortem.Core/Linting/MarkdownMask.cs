using System.Text;

namespace McpPostmortem.Linting;

/// <summary>
/// Blanks the parts of a Markdown file that are not prose: front matter, fenced and indented code
/// blocks, inline code spans. Every blanked character becomes a space and newlines stay, so lines and
/// columns of findings still point into the original file.
/// </summary>
public static class MarkdownMask
{
    /// <summary>The text with non-prose parts replaced by spaces.</summary>
    public static string Mask(string markdown)
    {
        var text = new StringBuilder(markdown ?? "");
        var lines = SplitLines(text.ToString());
        var inFence = false;
        var fence = "";
        var previousBlank = true;
        var previousCode = false;
        var previousListItem = false;
        for (var n = 0; n < lines.Count; n++)
        {
            var (start, length) = lines[n];
            var line = text.ToString(start, length);
            var trimmed = line.TrimStart();
            if (n == 0 && line.TrimEnd() == "---")
            {
                var end = FrontMatterEnd(text, lines);
                if (end > 0)
                {
                    for (var k = 0; k <= end; k++)
                    {
                        Blank(text, lines[k]);
                    }

                    n = end;
                    continue;
                }
            }

            var indent = line.Length - trimmed.Length;
            if (inFence || (indent <= 3 && (trimmed.StartsWith("```", StringComparison.Ordinal)
                || trimmed.StartsWith("~~~", StringComparison.Ordinal))))
            {
                var marker = trimmed.Length >= 3 ? trimmed[..3] : "";
                if (!inFence)
                {
                    inFence = true;
                    fence = marker;
                }
                else if (marker == fence && trimmed.TrimEnd().All(c => c == fence[0]))
                {
                    inFence = false;
                }

                Blank(text, lines[n]);
                previousBlank = false;
                continue;
            }

            var blank = trimmed.Trim().Length == 0;
            var indentedCode = !blank && (line.StartsWith('\t') || line.StartsWith("    ", StringComparison.Ordinal))
                && (previousCode || (previousBlank && !previousListItem));
            if (indentedCode)
            {
                Blank(text, lines[n]);
            }
            else
            {
                BlankInlineCode(text, start, length);
            }

            previousCode = indentedCode || (previousCode && blank);
            if (!blank)
            {
                previousListItem = !indentedCode && IsListItem(trimmed);
            }

            previousBlank = blank;
        }

        return text.ToString();
    }

    private static List<(int Start, int Length)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add((start, i - start));
                start = i + 1;
            }
        }

        return lines;
    }

    private static int FrontMatterEnd(StringBuilder text, List<(int Start, int Length)> lines)
    {
        for (var k = 1; k < lines.Count; k++)
        {
            var line = text.ToString(lines[k].Start, lines[k].Length).TrimEnd();
            if (line is "---" or "...")
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsListItem(string trimmed) =>
        trimmed.Length > 1 && ((trimmed[0] is '-' or '*' or '+' && trimmed[1] == ' ')
            || (char.IsDigit(trimmed[0]) && trimmed.TrimStart("0123456789".ToCharArray()).StartsWith(". ",
                StringComparison.Ordinal)));

    private static void Blank(StringBuilder text, (int Start, int Length) line)
    {
        for (var i = line.Start; i < line.Start + line.Length; i++)
        {
            if (text[i] != '\r')
            {
                text[i] = ' ';
            }
        }
    }

    private static void BlankInlineCode(StringBuilder text, int start, int length)
    {
        var end = start + length;
        var i = start;
        while (i < end)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }

            var ticks = 0;
            while (i + ticks < end && text[i + ticks] == '`')
            {
                ticks++;
            }

            var close = FindClosing(text, i + ticks, end, ticks);
            if (close < 0)
            {
                i += ticks;
                continue;
            }

            for (var k = i; k < close + ticks; k++)
            {
                text[k] = ' ';
            }

            i = close + ticks;
        }
    }

    private static int FindClosing(StringBuilder text, int from, int end, int ticks)
    {
        for (var i = from; i < end; i++)
        {
            if (text[i] != '`')
            {
                continue;
            }

            var run = 0;
            while (i + run < end && text[i + run] == '`')
            {
                run++;
            }

            if (run == ticks)
            {
                return i;
            }

            i += run - 1;
        }

        return -1;
    }
}
