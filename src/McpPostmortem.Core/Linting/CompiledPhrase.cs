using System.Runtime.CompilerServices;
namespace McpPostmortem.Linting;

/// <summary>A blame phrase parsed into pattern steps, matched over the tokens of one sentence.</summary>
internal sealed class CompiledPhrase
{
    // How many modifiers ("far", "explicitly") may stand between two words of a phrase.
    private const int MaxModifiers = 2;

    private readonly IReadOnlyList<PatternElement> _elements;

    // Per step: the first parts of its hyphenated words ("slip" for "slip-up"), which text may write
    // as two words; null when it has none. Only a token equal to a first part starts a join.
    private readonly HashSet<string>?[] _compoundHeads;

    private CompiledPhrase(BlamePhrase phrase, IReadOnlyList<PatternElement> elements)
    {
        Phrase = phrase;
        _elements = elements;
        _compoundHeads = [.. elements.Select(CompoundHeads)];
    }

    public BlamePhrase Phrase { get; }

    /// <summary>The exact words the first step accepts, or null when it cannot be indexed.</summary>
    public IReadOnlySet<string>? FirstWords => IndexWords(_elements[0] is { Kind: PatternElementKind.ClauseStart }
        && _elements.Count > 1 ? _elements[1] : _elements[0]);

    /// <summary>The phrase starts with a person in the possessive ("@poss"): only such a word starts it.</summary>
    public bool StartsWithPossessive => _elements[0].Kind == PatternElementKind.Possessive;

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                        || sentence.IsGapStopper(position + skip))
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
                return MatchWord(sentence, element, position);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int MatchWord(SentenceView sentence, int element, int position)
    {
        var step = _elements[element];
        var tokens = sentence.Tokens;
        for (var skipped = 0; position < tokens.Count; skipped++)
        {
            if (Accepts(step, sentence, position))
            {
                return Match(sentence, element + 1, EndOfActor(step, sentence, position));
            }

            if (step.Kind == PatternElementKind.Word)
            {
                var compound = MatchCompound(sentence, element, position);
                if (compound >= 0)
                {
                    return compound;
                }
            }

            // Inside a phrase, an adverb or intensifier may stand between two of its words ("fell far
            // short", "explicitly forbids"); never before the first word, never a negator.
            if (element == 0 || _elements[element - 1].Kind != PatternElementKind.Word
                || skipped == MaxModifiers || !sentence.IsModifier(position))
            {
                return -1;
            }

            position++;
        }

        return -1;
    }

    // A compound written the other way: "slip up" for "slip-up" in the rule, "amateur-hour" for
    // "amateur hour".
    private int MatchCompound(SentenceView sentence, int element, int position)
    {
        var tokens = sentence.Tokens;
        var token = tokens[position];
        if (_compoundHeads[element] is { } heads && heads.Contains(token.Word))
        {
            var joined = token.Word;
            for (var k = position + 1; k < Math.Min(tokens.Count, position + 3) && tokens[k].IsWord; k++)
            {
                joined += "-" + tokens[k].Word;
                if (_elements[element].Words.Contains(joined))
                {
                    return Match(sentence, element + 1, k + 1);
                }
            }
        }

        if (!sentence.IsHyphenated(position))
        {
            return -1;
        }

        var next = element;
        foreach (var part in token.Word.Split('-'))
        {
            while (next < _elements.Count && _elements[next].Kind == PatternElementKind.Gap)
            {
                next++;
            }

            if (next >= _elements.Count || _elements[next].Kind != PatternElementKind.Word
                || !_elements[next].MatchesWord(part))
            {
                return -1;
            }

            next++;
        }

        return next > element + 1 ? Match(sentence, next, position + 1) : -1;
    }

    // An actor is a whole noun phrase: "the on-call engineer", "the release captain". The words after
    // it are the verb's, so "did the on-call engineer know" reads "know" as the verb, not "engineer".
    private static int EndOfActor(PatternElement step, SentenceView sentence, int position)
    {
        var end = position + 1;
        if (step.Kind != PatternElementKind.Actor)
        {
            return end;
        }

        while (end < sentence.Tokens.Count && Accepts(step, sentence, end))
        {
            end++;
        }

        return end;
    }

    /// <summary>"Ana's", "the team's", or a possessive pronoun ("his", "her", "our").</summary>
    public static bool IsPossessiveForm(TextToken token) =>
        token.IsPossessive || Lexicon.PossessivePronouns.Contains(token.Word) || token.Word == "her";

    // A clause-start mark takes no word, so "^ naturally" is found by "naturally".
    private static IReadOnlySet<string>? IndexWords(PatternElement element) =>
        element is { Kind: PatternElementKind.Word, Prefixes.Length: 0, Suffixes.Length: 0 } ? element.Words : null;

    private static HashSet<string>? CompoundHeads(PatternElement element)
    {
        var heads = element.Words.Where(w => w.IndexOf('-', StringComparison.Ordinal) > 0)
            .Select(w => w[..w.IndexOf('-', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        return heads.Count > 0 ? heads : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
            PatternElementKind.Possessive => sentence.IsPerson(position) && IsPossessiveForm(token),
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

            if (alternative.EndsWith("++", StringComparison.Ordinal) && alternative.Length > 2)
            {
                words.UnionWith(Morphology.AdjectiveForms(alternative[..^2]));
            }
            else if (alternative[^1] == '+' && alternative.Length > 1)
            {
                words.UnionWith(Morphology.Inflections(alternative[..^1]));
            }
            else if (alternative[^1] == '*')
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

        // "slip-up" in a rule also matches "slipup"; "slip up" is matched word by word (MatchCompound).
        foreach (var word in words.Where(w => w.Contains('-', StringComparison.Ordinal)).ToList())
        {
            words.Add(word.Replace("-", "", StringComparison.Ordinal));
        }

        return new(kind, words, [.. prefixes], [.. suffixes], 0);
    }
}
