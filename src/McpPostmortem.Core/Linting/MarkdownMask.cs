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
        var fenceChar = '`';
        var fenceLength = 0;
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
            if (inFence)
            {
                // CommonMark: only a run of the opening character, at least as long as the opening
                // fence and with nothing after it, closes the block ("```" inside "````" does not).
                if (indent <= 3 && FenceLength(trimmed, fenceChar) >= fenceLength
                    && trimmed.TrimEnd().Length == FenceLength(trimmed, fenceChar))
                {
                    inFence = false;
                }

                Blank(text, lines[n]);
                previousBlank = false;
                continue;
            }

            if (indent <= 3 && trimmed.Length >= 3 && trimmed[0] is '`' or '~'
                && FenceLength(trimmed, trimmed[0]) >= 3
                && (trimmed[0] == '~' || !trimmed[FenceLength(trimmed, '`')..].Contains('`', StringComparison.Ordinal)))
            {
                inFence = true;
                fenceChar = trimmed[0];
                fenceLength = FenceLength(trimmed, fenceChar);
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

    private static int FenceLength(string trimmed, char fenceChar)
    {
        var count = 0;
        while (count < trimmed.Length && trimmed[count] == fenceChar)
        {
            count++;
        }

        return count;
    }

    // A run of n backticks opens a code span that the next run of exactly n backticks closes; a run
    // with no partner is literal text. Runs are listed once and each length keeps a cursor into its
    // own list, so the line is read a fixed number of times whatever the mix of run lengths.
    private static void BlankInlineCode(StringBuilder text, int start, int length)
    {
        var end = start + length;
        var runs = new List<(int Start, int Length)>();
        for (var i = start; i < end; i++)
        {
            if (text[i] != '`')
            {
                continue;
            }

            var ticks = 0;
            while (i + ticks < end && text[i + ticks] == '`')
            {
                ticks++;
            }

            runs.Add((i, ticks));
            i += ticks - 1;
        }

        if (runs.Count < 2)
        {
            return;
        }

        var byLength = new Dictionary<int, List<int>>();
        for (var r = 0; r < runs.Count; r++)
        {
            if (!byLength.TryGetValue(runs[r].Length, out var list))
            {
                byLength[runs[r].Length] = list = [];
            }

            list.Add(r);
        }

        var cursors = new Dictionary<int, int>();
        var next = 0;
        while (next < runs.Count)
        {
            var (open, ticks) = runs[next];
            var same = byLength[ticks];
            var cursor = cursors.GetValueOrDefault(ticks);
            while (cursor < same.Count && same[cursor] <= next)
            {
                cursor++;
            }

            cursors[ticks] = cursor;
            if (cursor == same.Count)
            {
                next++;
                continue;
            }

            var close = same[cursor];
            for (var k = open; k < runs[close].Start + ticks; k++)
            {
                text[k] = ' ';
            }

            next = close + 1;
        }
    }
}
