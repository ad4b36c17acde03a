using System.Runtime.CompilerServices;
namespace McpPostmortem.Linting;

/// <summary>
/// One sentence as tokens, with each word's role worked out once: person (pronoun, role noun, a name
/// known to the document, or a capitalized name where a subject stands), system noun, evidence noun.
/// </summary>
internal sealed class SentenceView
{
    // How far back from a phrase the subject of its clause is looked for.
    private const int SubjectWindow = 16;

    // How far after a phrase a "because" that explains it is looked for.
    private const int ReasonWindow = 24;

    private readonly bool[] _person;

    // Per token, worked out once: the matcher asks these for every word a phrase tries.
    private readonly bool[] _modifier;
    private readonly bool[] _gapStopper;
    private readonly bool[] _hyphenated;
    private bool? _hasPerson;
    private bool? _isSanctioned;
    private bool? _isForwardLooking;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SentenceView(string text, int start, int end, List<TextToken> tokens, IReadOnlySet<string> knownPeople)
    {
        Text = text;
        Start = start;
        End = end;
        Tokens = tokens;
        _person = ActorClassifier.FindPeople(text, tokens, knownPeople);
        _modifier = new bool[tokens.Count];
        _gapStopper = new bool[tokens.Count];
        _hyphenated = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            _modifier[i] = ActorClassifier.IsModifier(token);
            _gapStopper[i] = token.IsWord && Lexicon.GapStoppers.Contains(token.Word);
            _hyphenated[i] = token.IsWord && token.Word.Contains('-', StringComparison.Ordinal);
        }

        IsMeta = MayBeMeta(tokens) && ContainsAny(text, start, end, Lexicon.MetaMarkers);
        IsIgnored = HasIgnoreMarker(text, start, end);
    }

    public string Text { get; }

    public int Start { get; }

    public int End { get; }

    public List<TextToken> Tokens { get; }

    /// <summary>The sentence talks about words or about the review, not about what people did.</summary>
    public bool IsMeta { get; }

    /// <summary>The sentence carries the inline suppression marker.</summary>
    public bool IsIgnored { get; }

    public bool IsPerson(int i) => _person[i];

    /// <summary>An adverb or intensifier that may stand inside a phrase ("fell far short").</summary>
    public bool IsModifier(int i) => _modifier[i];

    /// <summary>A word that starts another clause, which a pattern gap does not cross.</summary>
    public bool IsGapStopper(int i) => _gapStopper[i];

    /// <summary>A hyphenated word ("amateur-hour"), which may match a phrase's words one by one.</summary>
    public bool IsHyphenated(int i) => _hyphenated[i];

    public bool IsClauseStart(int position) =>
        position == 0 || (!Tokens[position - 1].IsWord
            && Tokens[position - 1].Word is "," or ";" or ":" or "(" or "-" or "*" or ">" or "#" or "\u2014");

    /// <summary>
    /// True when the tokens from start to end stand alone on their line with only Markdown markup around
    /// them (a heading or a bold label such as "## Root cause" or "**Root cause:**").
    /// </summary>
    public bool IsHeadingAt(int start, int end)
    {
        var from = Tokens[start].Start;
        var to = Tokens[end - 1].Start + Tokens[end - 1].Length;
        for (var i = from - 1; i >= 0 && Text[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(Text[i]) && Text[i] is not ('#' or '*' or '_' or '>'))
            {
                return false;
            }
        }

        for (var i = to; i < Text.Length && Text[i] != '\n'; i++)
        {
            if (!char.IsWhiteSpace(Text[i]) && Text[i] is not ('#' or '*' or '_' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Classifies the subject of the clause that ends where a phrase begins.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SubjectKind SubjectBefore(int position, bool possessiveCounts = false)
    {
        var sawSystem = false;
        var sawEvidence = false;
        var stop = Math.Max(0, position - SubjectWindow);
        for (var i = position - 1; i >= stop; i--)
        {
            var token = Tokens[i];
            if (!token.IsWord)
            {
                if (token.Word is ";" or ":" or "(" or ")" or "\u2014")
                {
                    break;
                }

                // A comma ends the clause unless a participle hangs off it (", flouting the rule").
                if (token.Word == "," && i + 1 < Tokens.Count && i + 1 != position
                    && !Tokens[i + 1].Word.EndsWith("ing", StringComparison.Ordinal))
                {
                    break;
                }

                continue;
            }

            // "the team believed the vendor was at fault": a verb of saying or thinking opens a clause
            // with its own subject.
            // "approved the change but never ran it": a "but" right before the phrase joins a second
            // predicate to the same subject, so the search goes on.
            var joinsPredicate = token.Word == "but" && IsOnlyModifiersBetween(i + 1, position);
            if ((Lexicon.ClauseOpeners.Contains(token.Word) && !joinsPredicate)
                || (i < position - 1 && Lexicon.ComplementVerbs.Contains(token.Word)))
            {
                break;
            }

            var possessive = token.IsPossessive || Lexicon.PossessivePronouns.Contains(token.Word);
            if (_person[i] && (possessiveCounts || !possessive))
            {
                return SubjectKind.Person;
            }

            sawEvidence |= Lexicon.EvidenceNouns.Contains(token.Word);
            sawSystem |= ActorClassifier.IsSystemWord(token.Word) || ActorClassifier.IsAgentNounForSoftware(token);
        }

        // A passive ("was carried out improperly") or a gerund subject ("Letting the alert sit was ...")
        // hides the actor: the nouns seen are objects, not the subject.
        if (HasPassiveOrGerund(stop, position))
        {
            return SubjectKind.Unknown;
        }

        return sawEvidence ? SubjectKind.Evidence : sawSystem ? SubjectKind.System : SubjectKind.Unknown;
    }

    /// <summary>
    /// True when a passive's agent after the phrase is a person ("was never carried out by the storage
    /// team", "was caused by Kamala's push"): voice does not change who acted.
    /// </summary>
    public bool HasPersonAgentAfter(int end)
    {
        for (var i = end; i < Math.Min(Tokens.Count, end + 8); i++)
        {
            var token = Tokens[i];
            if (!token.IsWord)
            {
                if (token.Word is "," or ";" or ":" or "(" or ")" or "\u2014")
                {
                    return false;
                }

                continue;
            }

            if (Lexicon.GapStoppers.Contains(token.Word))
            {
                return false;
            }

            if (token.Word != "by")
            {
                continue;
            }

            for (var k = i + 1; k < Math.Min(Tokens.Count, i + 5) && Tokens[k].IsWord; k++)
            {
                if (_person[k])
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// The sentence plans or permits ("we will add", "engineers can deploy", "we should make"): a modal
    /// of future, ability or duty before a verb that is not "have" and not negated. "should have" and
    /// "can't be bothered" look back or judge, so they do not count.
    /// </summary>
    public bool IsForwardLooking => _isForwardLooking ??= FindForwardModal();

    /// <summary>The sentence says its act was planned or allowed ("as planned", "which the runbook allows").</summary>
    public bool IsSanctioned => _isSanctioned ??=
        HasAnyWord(Tokens, Lexicon.SanctionGateWords) && ContainsAny(Text, Start, End, Lexicon.SanctionMarkers);

    /// <summary>
    /// True when a reason follows the phrase and its subject is not a person ("skipped the canary because
    /// the runbook marked it optional", "missed the page because my phone was charging"): the sentence
    /// explains why the act made sense, which is local rationality, not blame.
    /// </summary>
    public bool HasNonPersonReasonAfter(int end)
    {
        // A reason follows its act within a clause or two; the bound keeps a run-on "sentence" of a
        // megabyte linear.
        for (var i = end; i < Math.Min(Tokens.Count, end + ReasonWindow); i++)
        {
            var token = Tokens[i];
            if (!token.IsWord || token.Word is not ("because" or "since"))
            {
                continue;
            }

            // The reason's subject: the first word that is not a determiner or possessive pronoun.
            for (var k = i + 1; k < Math.Min(Tokens.Count, i + 4); k++)
            {
                var word = Tokens[k];
                if (!word.IsWord || Lexicon.Determiners.Contains(word.Word)
                    || Lexicon.PossessivePronouns.Contains(word.Word))
                {
                    continue;
                }

                // "because it was not their priority": a pronoun subject explains only when no other
                // person is named in the reason ("because it was a known test alert", "because it was
                // posted in a channel I had muted": the narrator's own circumstances).
                if (word.Word is "it" or "this" or "that" or "there")
                {
                    return !HasPersonBetween(k + 1, Math.Min(Tokens.Count, k + 8));
                }

                // "because I was asleep": a responder's own account of why, which is the account asked for.
                return (!_person[k] || Lexicon.FirstPersonPronouns.Contains(word.Word)) && word.Word != "of";
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// True when a relative clause right after the phrase describes its object ("didn't notice the
    /// warning, which was printed above 300 lines of output"): the cue's state explains the lapse.
    /// </summary>
    public bool HasDescriptiveClauseAfter(int end)
    {
        for (var i = end; i < Math.Min(Tokens.Count - 2, end + ReasonWindow); i++)
        {
            if (Tokens[i].Word == "," && Tokens[i + 1].Word == "which"
                && Tokens[i + 2].Word is "was" or "were" or "had" or "is" or "lived" or "sat" or "showed" or "looked")
            {
                return !HasPersonBetween(i + 2, Math.Min(Tokens.Count, i + 10));
            }
        }

        return false;
    }

    /// <summary>
    /// True when evidence is named right after the phrase ("evident from the logs", "clear in the graph"):
    /// the sentence reads evidence, it does not judge hindsight.
    /// </summary>
    public bool HasEvidenceAfter(int end)
    {
        if (HasEvidenceSubjectAfter(end))
        {
            return true;
        }

        // The phrase may end on the preposition itself ("it is evident from").
        for (var i = Math.Max(0, end - 1); i < Math.Min(Tokens.Count - 1, end + 2); i++)
        {
            if (Tokens[i].Word is not ("from" or "in" or "on" or "by"))
            {
                continue;
            }

            for (var k = i + 1; k < Math.Min(Tokens.Count, i + 4) && Tokens[k].IsWord; k++)
            {
                if (Lexicon.EvidenceNouns.Contains(Tokens[k].Word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Obviously, the heap dump points at the pool": a fronted adverb whose clause is about evidence.
    private bool HasEvidenceSubjectAfter(int end)
    {
        if (end >= Tokens.Count || Tokens[end].Word != ",")
        {
            return false;
        }

        for (var k = end + 1; k < Math.Min(Tokens.Count, end + 5) && Tokens[k].IsWord; k++)
        {
            if (_person[k])
            {
                return false;
            }

            if (Lexicon.EvidenceNouns.Contains(Tokens[k].Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a purpose infinitive follows the phrase within its clause ("took the node down to patch
    /// it", "in order to free space"): the act was chosen for a reason the sentence gives.
    /// </summary>
    public bool HasPurposeAfter(int end)
    {
        for (var i = end; i + 1 < Math.Min(Tokens.Count, end + 6); i++)
        {
            if (!Tokens[i].IsWord || Lexicon.GapStoppers.Contains(Tokens[i].Word))
            {
                return false;
            }

            var next = Tokens[i + 1];
            if (Tokens[i].Word == "to" && next.IsWord && !Lexicon.Determiners.Contains(next.Word)
                && !_person[i + 1] && !next.Word.Any(char.IsDigit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when an evidential adverb stands inside a clause that names no person and weighs no
    /// alternative ("the failing hosts were obviously the ones on the new kernel"): it reports what the
    /// evidence shows. A fronted "Obviously ..." or a modal ("clearly should have") stays hindsight.
    /// </summary>
    public bool IsEvidentialReport(int start) =>
        Lexicon.EvidentialAdverbs.Contains(Tokens[start].Word) && !IsClauseStart(start) && !HasPerson
        && !HasAnyWord(Tokens, Lexicon.JudgingModals);

    private bool IsOnlyModifiersBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!_modifier[i])
            {
                return false;
            }
        }

        return true;
    }

    private bool FindForwardModal()
    {
        for (var i = 0; i + 1 < Tokens.Count; i++)
        {
            if (!Lexicon.ForwardModals.Contains(Tokens[i].Word))
            {
                continue;
            }

            var next = i + 1;
            while (next < Tokens.Count && _modifier[next])
            {
                next++;
            }

            if (next < Tokens.Count && Tokens[next].IsWord && !Lexicon.Negators.Contains(Tokens[next].Word)
                && Tokens[next].Word is not ("have" or "been"))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPersonBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!Tokens[i].IsWord)
            {
                return false;
            }

            if (_person[i] && !Lexicon.FirstPersonPronouns.Contains(Tokens[i].Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a person, role, team or pronoun appears anywhere in the sentence.</summary>
    public bool HasPerson => _hasPerson ??= Enumerable.Range(0, Tokens.Count)
        .Any(i => _person[i] && !Lexicon.OrganisationDeterminers.Contains(Tokens[i].Word));

    private bool HasPassiveOrGerund(int stop, int position)
    {
        for (var i = Math.Max(stop, 0); i < position; i++)
        {
            var word = Tokens[i].Word;
            if (word is not ("was" or "were" or "been" or "be" or "being"))
            {
                continue;
            }

            // The participle may be the phrase itself ("The incident was mishandled"), or stand past
            // an adverb that the phrase starts with ("The release was badly managed").
            var next = i + 1;
            while (next < Tokens.Count && _modifier[next])
            {
                next++;
            }

            if (next < Tokens.Count && IsParticiple(Tokens[next].Word))
            {
                return true;
            }
        }

        var first = Tokens[0];
        return first.IsWord && first.Word.Length > 5 && first.Word.EndsWith("ing", StringComparison.Ordinal)
            && !Lexicon.NotNames.Contains(first.Word) && !Lexicon.SystemNouns.Contains(first.Word);
    }

    private static bool IsParticiple(string word) =>
        word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal)
            || word is "carried" or "done" or "run" or "made" or "set" or "put" or "left" or "built" or "sent");

    /// <summary>True when a negating word stands within a few words before a phrase, in its clause.</summary>
    public bool IsNegatedBefore(int position)
    {
        for (var i = position - 1; i >= Math.Max(0, position - 5); i--)
        {
            var token = Tokens[i];
            if (!token.IsWord)
            {
                return false;
            }

            if (Lexicon.Negators.Contains(token.Word))
            {
                return true;
            }
        }

        return false;
    }

    // The marker belongs to the sentence it stands in, or to the one it directly follows
    // ("... it was sloppy work. <!-- blamelint:ignore -->"), never to the sentence it opens.
    private static bool HasIgnoreMarker(string text, int start, int end)
    {
        // Only a few characters past the sentence are searched, so the cost stays linear in the text.
        var limit = Math.Min(text.Length, end + 8 + Lexicon.IgnoreMarker.Length);
        var at = text.IndexOf(Lexicon.IgnoreMarker, start, limit - start, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var inside = at < end && !OnlyMarkupBetween(text, start, at);
            var right = at >= end && OnlyMarkupBetween(text, end, at);
            if (inside || right)
            {
                return true;
            }

            if (at >= end)
            {
                return false;
            }

            at = text.IndexOf(Lexicon.IgnoreMarker, at + 1, limit - at - 1, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private static bool OnlyMarkupBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('<' or '!' or '-' or '.' or '/' or '*'))
            {
                return false;
            }
        }

        return true;
    }

    // Cheap gate before the phrase search: every meta marker holds one of these words.
    private static bool MayBeMeta(List<TextToken> tokens) => HasAnyWord(tokens, Lexicon.MetaGateWords);

    private static bool HasAnyWord(List<TextToken> tokens, HashSet<string> words)
    {
        foreach (var token in tokens)
        {
            if (token.IsWord && words.Contains(token.Word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, int start, int end, IReadOnlyList<string> markers)
    {
        var span = text.AsSpan(start, end - start);
        foreach (var marker in markers)
        {
            if (span.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
