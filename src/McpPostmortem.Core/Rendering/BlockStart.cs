namespace McpPostmortem.Rendering;

/// <summary>
/// Escapes the start of one line of user text so that it cannot open a Markdown block the template
/// did not ask for: an ATX heading, a setext underline, a list item, a block quote, a thematic break,
/// a code fence, a table delimiter row or a link reference definition. HTML is handled inline by
/// <see cref="InlineText"/>. <see cref="Unescape"/> undoes exactly what <see cref="Escape"/> did.
/// </summary>
internal static class BlockStart
{
    /// <summary>The line with a leading block marker escaped; <paramref name="afterText"/> when the
    /// line above is not blank (a dash line there would underline it as a heading).</summary>
    public static string Escape(string line, BlockStyle style, bool afterText)
    {
        var trimmed = line.TrimStart(' ', '\t');
        if (trimmed.Length == 0)
        {
            return line;
        }

        var indent = line[..(line.Length - trimmed.Length)];
        return indent + EscapeTrimmed(trimmed, style == BlockStyle.Paragraph, afterText);
    }

    /// <summary>Undoes <see cref="Escape"/>; a line it could not have produced is returned unchanged.</summary>
    public static string Unescape(string line, BlockStyle style, bool afterText)
    {
        var trimmed = line.TrimStart(' ', '\t');
        var indent = line[..(line.Length - trimmed.Length)];
        foreach (var candidate in Candidates(trimmed))
        {
            if (Escape(indent + candidate, style, afterText) == line)
            {
                return indent + candidate;
            }
        }

        return line;
    }

    private static string EscapeTrimmed(string t, bool paragraph, bool afterText)
    {
        if (CodeFence.IsOpener(t, out _, out var length))
        {
            // Every character of the run is escaped: "\``" would still open an inline code span.
            return string.Concat(Enumerable.Repeat("\\" + t[0], length)) + t[length..];
        }

        if (paragraph && IsDelimiterRow(t))
        {
            return (t[0] is '-' or ':' ? "\\" : "") + t.Replace("|", "\\|", StringComparison.Ordinal);
        }

        var escape = t[0] switch
        {
            '#' => paragraph || AtxLevel(t) is > 0 and <= 3,
            '>' or '+' => paragraph,
            '=' => true,
            '-' => paragraph || (afterText && IsOnly(t, '-')),
            '*' => paragraph && (IsBulletMarker(t) || IsThematicBreak(t)),
            '_' => paragraph && IsThematicBreak(t),
            '[' => IsLinkDefinition(t),
            _ => false,
        };
        if (escape)
        {
            return "\\" + t;
        }

        var digits = OrderedMarkerDigits(t);
        return paragraph && digits > 0 ? t[..digits] + "\\" + t[digits..] : t;
    }

    private static IEnumerable<string> Candidates(string t)
    {
        if (t.StartsWith('\\'))
        {
            yield return t[1..];
        }

        var run = 0;
        while (run + 1 < t.Length && t[run] == '\\' && t[run + 1] is '`' or '~' && t[run + 1] == t[1])
        {
            run += 2;
        }

        if (run >= 6)
        {
            yield return t[..run].Replace("\\", "", StringComparison.Ordinal) + t[run..];
        }

        if (t.Contains('\\', StringComparison.Ordinal) && t.All(c => c is '|' or ':' or '-' or ' ' or '\t' or '\\'))
        {
            yield return t.Replace("\\", "", StringComparison.Ordinal);
        }

        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits + 1 < t.Length && t[digits] == '\\')
        {
            yield return t[..digits] + t[(digits + 1)..];
        }
    }

    /// <summary>The level of an ATX heading ("### x" is 3), or 0 when the line is not one.</summary>
    private static int AtxLevel(string t)
    {
        var level = 0;
        while (level < t.Length && t[level] == '#')
        {
            level++;
        }

        return level <= 6 && (level == t.Length || t[level] is ' ' or '\t') ? level : 0;
    }

    private static bool IsBulletMarker(string t) => t.Length == 1 || t[1] is ' ' or '\t';

    private static bool IsThematicBreak(string t) =>
        t.Count(c => c == t[0]) >= 3 && t.All(c => c == t[0] || c is ' ' or '\t');

    private static bool IsOnly(string t, char marker) => t.TrimEnd(' ', '\t').All(c => c == marker);

    /// <summary>"|---|:--:|" or ":--- | ---": the second line of a pipe table.</summary>
    private static bool IsDelimiterRow(string t) =>
        t.Contains('-', StringComparison.Ordinal) && (t.Contains('|', StringComparison.Ordinal)
            || t.Contains(':', StringComparison.Ordinal)) && t.All(c => c is '|' or ':' or '-' or ' ' or '\t');

    /// <summary>"[label]: target" defines a link and disappears from the output.</summary>
    private static bool IsLinkDefinition(string t)
    {
        var close = t.IndexOf("]:", StringComparison.Ordinal);
        return close > 1;
    }

    /// <summary>The digits of an ordered-list marker ("12. " gives 2), or 0.</summary>
    private static int OrderedMarkerDigits(string t)
    {
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits]))
        {
            digits++;
        }

        var marker = digits is > 0 and <= 9 && digits < t.Length && t[digits] is '.' or ')';
        var followed = digits + 1 == t.Length || (digits + 1 < t.Length && t[digits + 1] is ' ' or '\t');
        return marker && followed ? digits : 0;
    }
}
