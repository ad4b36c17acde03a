namespace McpPostmortem.ActionItems;

/// <summary>An action item's text split into words, with the offsets findings point at.</summary>
internal sealed class ActionText
{
    private ActionText(string text, List<ActionWord> words)
    {
        Text = text;
        Words = words;
    }

    public string Text { get; }

    public IReadOnlyList<ActionWord> Words { get; }

    public int Count => Words.Count;

    public ActionWord this[int index] => Words[index];

    /// <summary>Splits text into words: letters and digits, joined by inner hyphens and apostrophes.</summary>
    public static ActionText Of(string? text)
    {
        text ??= "";
        var words = new List<ActionWord>();
        var i = 0;
        var sawBreak = false;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                sawBreak |= !char.IsWhiteSpace(text[i]) && words.Count > 0;
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            var word = text[start..i];
            words.Add(new ActionWord(word, word.ToLowerInvariant().Replace('\u2019', '\''), start, sawBreak));
            sawBreak = false;
        }

        return new ActionText(text, words);
    }

    /// <summary>True when the words from <paramref name="index"/> on spell <paramref name="phrase"/>.</summary>
    public bool At(int index, string phrase)
    {
        var parts = phrase.Split(' ');
        if (index + parts.Length > Words.Count)
        {
            return false;
        }

        for (var k = 0; k < parts.Length; k++)
        {
            if (Words[index + k].Lower != parts[k] || (k > 0 && Words[index + k].BreakBefore))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The characters from word <paramref name="from"/> through word <paramref name="to"/>.</summary>
    public (int Start, string Excerpt) Span(int from, int to)
    {
        var start = Words[from].Start;
        var end = Words[to].Start + Words[to].Text.Length;
        return (start, Text[start..end]);
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019';
}
