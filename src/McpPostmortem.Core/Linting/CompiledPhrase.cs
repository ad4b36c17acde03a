namespace McpPostmortem.Linting;

/// <summary>A blame phrase parsed into pattern steps, matched over the tokens of one sentence.</summary>
internal sealed class CompiledPhrase
{
    private readonly IReadOnlyList<PatternElement> _elements;

    private CompiledPhrase(BlamePhrase phrase, IReadOnlyList<PatternElement> elements)
    {
        Phrase = phrase;
        _elements = elements;
    }

    public BlamePhrase Phrase { get; }

    /// <summary>The exact words the first step accepts, or null when it cannot be indexed.</summary>
    public IReadOnlySet<string>? FirstWords =>
        _elements[0] is { Kind: PatternElementKind.Word, Prefixes.Length: 0, Suffixes.Length: 0 } first
            ? first.Words
            : null;

    /// <summary>Parses a pattern; returns null with a reason when it is malformed.</summary>
    public static CompiledPhrase? TryCompile(BlamePhrase phrase, out string error)
    {
        error = "";
        var elements = new List<PatternElement>();
        foreach (var part in phrase.Pattern.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var element = Parse(part);
            if (element is null)
            {
                error = $"'{part}' is not a pattern word";
                return null;
            }

            elements.Add(element);
        }

        if (!elements.Any(e => e.Kind is PatternElementKind.Word or PatternElementKind.Person
            or PatternElementKind.Actor or PatternElementKind.Possessive))
        {
            error = "the pattern has no word to match";
            return null;
        }

        return new CompiledPhrase(phrase, elements);
    }

    /// <summary>Matches at token <paramref name="start"/>; returns the end token (exclusive) or -1.</summary>
    public int MatchAt(SentenceView sentence, int start) => Match(sentence, 0, start);

    private int Match(SentenceView sentence, int element, int position)
    {
        if (element == _elements.Count)
        {
            return position;
        }

        var step = _elements[element];
        var tokens = sentence.Tokens;
        switch (step.Kind)
        {
            case PatternElementKind.Gap:
                for (var skip = 0; skip <= step.MaxGap; skip++)
                {
                    var end = Match(sentence, element + 1, position + skip);
                    if (end >= 0)
                    {
                        return end;
                    }

                    if (position + skip >= tokens.Count || !tokens[position + skip].IsWord
                        || Lexicon.GapStoppers.Contains(tokens[position + skip].Word))
                    {
                        return -1;
                    }
                }

                return -1;
            case PatternElementKind.NotNext:
                return position < tokens.Count && tokens[position].IsWord && step.MatchesWord(tokens[position].Word)
                    ? -1
                    : Match(sentence, element + 1, position);
            case PatternElementKind.ClauseStart:
                return sentence.IsClauseStart(position) ? Match(sentence, element + 1, position) : -1;
            default:
                return position < tokens.Count && Accepts(step, sentence, position)
                    ? Match(sentence, element + 1, position + 1)
                    : -1;
        }
    }

    private static bool Accepts(PatternElement step, SentenceView sentence, int position)
    {
        var token = sentence.Tokens[position];
        if (!token.IsWord)
        {
            return false;
        }

        return step.Kind switch
        {
            PatternElementKind.Person => sentence.IsPerson(position),
            PatternElementKind.Actor => sentence.IsPerson(position) && !token.IsPossessive,
            PatternElementKind.Possessive => sentence.IsPerson(position) && token.IsPossessive,
            _ => step.MatchesWord(token.Word),
        };
    }

    private static PatternElement? Parse(string part)
    {
        var none = new HashSet<string>(StringComparer.Ordinal);
        switch (part)
        {
            case "^":
                return new(PatternElementKind.ClauseStart, none, [], [], 0);
            case "@person":
                return new(PatternElementKind.Person, none, [], [], 0);
            case "@actor":
                return new(PatternElementKind.Actor, none, [], [], 0);
            case "@poss":
                return new(PatternElementKind.Possessive, none, [], [], 0);
        }

        if (part[0] == '~')
        {
            return int.TryParse(part.AsSpan(1), out var gap) && gap is > 0 and <= 8
                ? new(PatternElementKind.Gap, none, [], [], gap)
                : null;
        }

        var kind = PatternElementKind.Word;
        if (part[0] == '!')
        {
            kind = PatternElementKind.NotNext;
            part = part[1..];
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var suffixes = new List<string>();
        foreach (var alternative in part.Split('|'))
        {
            if (alternative.Length == 0 || alternative == "*")
            {
                return null;
            }

            if (alternative[^1] == '*')
            {
                prefixes.Add(alternative[..^1]);
            }
            else if (alternative[0] == '*')
            {
                suffixes.Add(alternative[1..]);
            }
            else
            {
                words.Add(alternative);
            }
        }

        return new(kind, words, [.. prefixes], [.. suffixes], 0);
    }
}
