using System.Runtime.CompilerServices;
namespace McpPostmortem.Linting;

/// <summary>
/// A light, linear tokenizer: words (letters, digits, inner hyphens and apostrophes), punctuation,
/// quoted stretches marked, contractions and possessives split off. No regex, no backtracking.
/// </summary>
internal static class Tokenizer
{
    private const int MaxWordLength = 64;

    /// <summary>The pseudo-token for a paragraph or block break.</summary>
    public const string ParagraphBreak = "\u00B6";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<TextToken> Tokenize(string text, int from, int to)
    {
        var tokens = new List<TextToken>();
        var singleQuoteOpen = false;
        var doubleQuoteOpen = false;
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                while (i < to && (IsWordChar(text[i]) || IsInnerJoiner(text, i, to)))
                {
                    i++;
                }

                AddWord(tokens, text, start, i, singleQuoteOpen || doubleQuoteOpen);
                continue;
            }

            if (c == '\n' && IsBlockBreak(text, i + 1, to))
            {
                // A blank line or a new Markdown block ends the sentence and any open quotation.
                tokens.Add(new TextToken(i, 1, ParagraphBreak, false, false, false, false, false));
                singleQuoteOpen = false;
                doubleQuoteOpen = false;
            }
            else if (c is '"' or '\u201C' or '\u201D')
            {
                doubleQuoteOpen = c switch
                {
                    '\u201C' => true,
                    '\u201D' => false,
                    _ => !doubleQuoteOpen,
                };
            }
            else if (c is '\'' or '\u2018' or '\u2019')
            {
                var before = i > from ? text[i - 1] : ' ';
                var after = i + 1 < to ? text[i + 1] : ' ';
                if (!singleQuoteOpen && !IsWordChar(before) && IsWordChar(after))
                {
                    singleQuoteOpen = true;
                }
                else if (singleQuoteOpen && !IsWordChar(after))
                {
                    singleQuoteOpen = false;
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                tokens.Add(new TextToken(i, 1, c.ToString(), false, false, false, false,
                    singleQuoteOpen || doubleQuoteOpen));
            }

            i++;
        }

        return tokens;
    }

    private static readonly (string Suffix, string Full)[] Contractions =
    [
        ("'ve", "have"), ("'ll", "will"), ("'re", "are"), ("'m", "am"), ("'d", "would"),
    ];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddWord(List<TextToken> tokens, string text, int start, int end, bool quoted)
    {
        var length = Math.Min(end - start, MaxWordLength);
        var raw = text.Substring(start, length);
        if (raw.Contains('\u2019', StringComparison.Ordinal))
        {
            raw = raw.Replace('\u2019', '\'');
        }

        var lower = raw.ToLowerInvariant();
        var capitalized = char.IsUpper(raw[0]);
        var allCaps = raw.Length > 1 && !HasLower(raw);

        if (lower.EndsWith("n't", StringComparison.Ordinal) && lower.Length > 3)
        {
            var stem = lower[..^3] switch
            {
                "ca" => "can",
                "wo" => "will",
                "sha" => "shall",
                var s => s,
            };
            tokens.Add(new TextToken(start, length - 3, stem, true, capitalized, allCaps, false, quoted));
            tokens.Add(new TextToken(start + length - 3, 3, "not", true, false, false, false, quoted));
            return;
        }

        // "should've", "we'll", "I'm": the auxiliary as its own word, so "should've noticed" reads as
        // "should have noticed". A bare "'d" is read as "would" ("I'd have"), its usual sense in prose.
        foreach (var (suffix, full) in Contractions)
        {
            if (lower.Length > suffix.Length && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stemLength = length - suffix.Length;
                tokens.Add(new TextToken(start, stemLength, lower[..^suffix.Length], true, capitalized, allCaps, false,
                    quoted));
                tokens.Add(new TextToken(start + stemLength, suffix.Length, full, true, false, false, false, quoted));
                return;
            }
        }

        var possessive = false;
        if (lower.Length > 2 && lower.EndsWith("'s", StringComparison.Ordinal))
        {
            var stem = lower[..^2];
            if (!Lexicon.NotPossessive.Contains(stem))
            {
                lower = stem;
                possessive = true;
            }
        }

        tokens.Add(new TextToken(start, length, lower, true, capitalized, allCaps, possessive, quoted));
    }

    private static bool HasLower(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBlockBreak(string text, int i, int to)
    {
        while (i < to && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }

        if (i >= to)
        {
            return true;
        }

        var c = text[i];
        if (c is '\n' or '-' or '*' or '+' or '#' or '>' or '|')
        {
            return true;
        }

        while (i < to && char.IsDigit(text[i]))
        {
            i++;
        }

        return i < to && i > 0 && char.IsDigit(text[i - 1]) && text[i] is '.' or ')';
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '%';

    // Hyphens, apostrophes and dots join word characters on both sides: "on-call", "didn't", "1.5".
    private static bool IsInnerJoiner(string text, int i, int to)
    {
        var c = text[i];
        if (c is not ('-' or '\'' or '\u2019' or '.' or '/'))
        {
            return false;
        }

        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < to ? text[i + 1] : ' ';
        if (c == '.')
        {
            return char.IsDigit(before) && char.IsDigit(after);
        }

        return IsWordChar(before) && IsWordChar(after);
    }
}
