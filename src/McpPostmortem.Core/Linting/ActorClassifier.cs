using System.Runtime.CompilerServices;
namespace McpPostmortem.Linting;

/// <summary>
/// Decides which words of a sentence stand for people: pronouns, role nouns, names the document knows,
/// and capitalized names where a subject stands. A capitalized word needs positive evidence to be a
/// name (a verb after it, a possessive, a second name part), and loses it on evidence of a system: a
/// known product or component, the shape of a technical word, or a process verb with no object
/// ("Vault failed to unseal").
/// </summary>
internal static class ActorClassifier
{
    /// <summary>One flag per token: does it stand for a person, role, team or pronoun?</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool[] FindPeople(string text, List<TextToken> tokens, IReadOnlySet<string> knownPeople)
    {
        var person = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            person[i] = IsPersonWord(text, tokens, i, knownPeople);
        }

        // "Chen Wei didn't run ...": the second part of a name at the start of a clause.
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (person[i] && IsOpening(tokens, i) && !tokens[i].IsPossessive && tokens[i].IsCapitalized
                && IsNameShaped(text, tokens[i + 1]))
            {
                person[i + 1] = true;
            }
        }

        return person;
    }

    /// <summary>
    /// A word for software, infrastructure, a component or evidence: a listed noun or product, or a word
    /// with a technical shape (digits, an abstract-noun ending such as -tion or -ment).
    /// </summary>
    public static bool IsSystemWord(string word)
    {
        if (Lexicon.SystemNouns.Contains(word) || Lexicon.ProductNames.Contains(word)
            || Lexicon.ComponentNouns.Contains(word) || Lexicon.EvidenceNouns.Contains(word))
        {
            return true;
        }

        if (word.Length > 3 && word[^1] == 's' && (Lexicon.SystemNouns.Contains(word[..^1])
            || Lexicon.ComponentNouns.Contains(word[..^1])))
        {
            return true;
        }

        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return HasTechnicalEnding(word);
    }

    /// <summary>
    /// A lowercase agent noun in -er or -or that is not a listed role: software by default ("the
    /// exporter", "the load shedder"); people are named by the role list or by name.
    /// </summary>
    public static bool IsAgentNounForSoftware(TextToken token) =>
        token.IsWord && !token.IsCapitalized && token.Word.Length > 4 && !Lexicon.RoleNouns.Contains(token.Word)
        && (token.Word.EndsWith("er", StringComparison.Ordinal) || token.Word.EndsWith("or", StringComparison.Ordinal)
            || token.Word.EndsWith("ers", StringComparison.Ordinal)
            || token.Word.EndsWith("ors", StringComparison.Ordinal));

    /// <summary>A word that softens or intensifies without changing who acts ("simply", "far", "really").</summary>
    public static bool IsModifier(TextToken token) =>
        token.IsWord && !token.IsQuoted && !Lexicon.Negators.Contains(token.Word)
        && (Lexicon.Intensifiers.Contains(token.Word)
            || (token.Word.Length > 4 && token.Word.EndsWith("ly", StringComparison.Ordinal)
                && !Lexicon.NotAdverbs.Contains(token.Word)));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPersonWord(string text, List<TextToken> tokens, int i, IReadOnlySet<string> knownPeople)
    {
        var token = tokens[i];
        if (!token.IsWord)
        {
            return false;
        }

        var word = token.Word;
        if (Lexicon.PersonPronouns.Contains(word) || knownPeople.Contains(word))
        {
            return true;
        }

        if (Lexicon.RoleNouns.Contains(word))
        {
            // "the admin API", "the developer portal": a role noun before a system noun modifies it.
            var after = i + 1 < tokens.Count ? tokens[i + 1] : default;
            if (!token.IsPossessive && after.IsWord && !Lexicon.RoleNouns.Contains(after.Word)
                && IsSystemWord(after.Word) && !FollowsInvertedAuxiliary(tokens, i))
            {
                return false;
            }

            // "certificate manager", "cluster member": a system word before an ambiguous role noun makes
            // it part of a product's name, unless it names work people manage ("release manager").
            var before = i > 0 ? tokens[i - 1] : default;
            return !Lexicon.AmbiguousRoles.Contains(word) || !before.IsWord || Lexicon.ManagedWork.Contains(before.Word)
                || !(IsSystemWord(before.Word) || IsAgentNounForSoftware(before));
        }

        return IsName(text, tokens, i);
    }

    // "did the DBA check", "does the on-call page": after an inverted auxiliary the noun phrase is the
    // subject and the next word its verb, even when that word is also a system noun.
    private static bool FollowsInvertedAuxiliary(List<TextToken> tokens, int i)
    {
        var k = i - 1;
        if (k >= 0 && Lexicon.Determiners.Contains(tokens[k].Word))
        {
            k--;
        }

        return k >= 0 && tokens[k].Word is "did" or "does" or "do";
    }

    private static bool IsName(string text, List<TextToken> tokens, int i)
    {
        var token = tokens[i];
        if (!IsNameShaped(text, token))
        {
            return false;
        }

        if (!IsOpening(tokens, i))
        {
            var previous = tokens[i - 1];

            // After a determiner a capitalized word names a product ("the Helm values"); after "in" or
            // "at", a place, unless it owns something ("from Camille's change").
            if (Lexicon.Determiners.Contains(previous.Word))
            {
                return false;
            }

            if (Lexicon.PlacePrepositions.Contains(previous.Word))
            {
                return token.IsPossessive && previous.Word is "from" or "via" or "through" or "with";
            }

            // "Google Cloud": a capitalized word after another is part of a product's name; a
            // capitalized function word before it ("If Ana had") opens the sentence.
            return !previous.IsCapitalized || Lexicon.NotNames.Contains(previous.Word);
        }

        // First word of a clause: a name only where a subject stands before a verb or possessive.
        if (token.IsPossessive)
        {
            return true;
        }

        if (LooksPlural(token.Word))
        {
            return false;
        }

        var next = NextPastModifiers(tokens, i + 1);
        if (next >= tokens.Count)
        {
            return false;
        }

        if (tokens[next].Word == ",")
        {
            return true;
        }

        // "Maria José didn't", "Hemi and Parisa paired": a second name part, or a second name.
        if (next == i + 1 && IsNameShaped(text, tokens[next]) && !tokens[next].IsPossessive)
        {
            next = NextPastModifiers(tokens, next + 1);
        }
        else if (tokens[next].Word == "and" && next + 1 < tokens.Count && IsNameShaped(text, tokens[next + 1]))
        {
            return true;
        }

        return next < tokens.Count && tokens[next].IsWord && !tokens[next].IsCapitalized
            && LooksLikeVerb(tokens[next].Word) && !IsProcessPredicate(tokens, next);
    }

    // A capitalized word that could be a given name or surname: not a function word, not all capitals,
    // not a product, a component or a word with a technical shape, not camel-cased ("PagerDuty").
    private static bool IsNameShaped(string text, TextToken token)
    {
        if (!token.IsWord || !token.IsCapitalized || token.IsAllCaps || token.Word.Length < 2
            || Lexicon.NotNames.Contains(token.Word) || Lexicon.RoleNouns.Contains(token.Word)
            || Lexicon.PersonPronouns.Contains(token.Word) || IsSystemWord(token.Word))
        {
            return false;
        }

        for (var k = token.Start + 1; k < token.Start + token.Length && k < text.Length; k++)
        {
            if (char.IsUpper(text[k]) && text[k - 1] != '-' && text[k - 1] != '\'')
            {
                return false;
            }

            if (text[k] is '.' or '/' or '_')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOpening(List<TextToken> tokens, int i) => i == 0 || !tokens[i - 1].IsWord;

    private static int NextPastModifiers(List<TextToken> tokens, int i)
    {
        var skipped = 0;
        while (i < tokens.Count && skipped < 3 && IsModifier(tokens[i]))
        {
            i++;
            skipped++;
        }

        return i;
    }

    // "failed to unseal", "didn't resume", "never completed" with nothing after: a process, whose
    // subject is a system, not a person.
    private static bool IsProcessPredicate(List<TextToken> tokens, int verb)
    {
        var i = verb;
        if (tokens[i].Word is "failed" or "did" or "does" or "never" or "could" or "would" or "will" or "was")
        {
            i++;
            while (i < tokens.Count && tokens[i].Word is "not" or "to" or "never" or "be" or "able")
            {
                i++;
            }
        }

        if (i >= tokens.Count || !tokens[i].IsWord)
        {
            return false;
        }

        var lemma = tokens[i].Word;
        var isProcess = Lexicon.ProcessVerbs.Contains(lemma)
            || (lemma.EndsWith("ed", StringComparison.Ordinal) && (Lexicon.ProcessVerbs.Contains(lemma[..^2])
                || Lexicon.ProcessVerbs.Contains(lemma[..^1])));
        if (!isProcess)
        {
            return false;
        }

        // An object after the verb ("failed to renew the certificate") leaves a person possible.
        var after = i + 1 < tokens.Count ? tokens[i + 1] : default;
        return !(after.IsWord && (Lexicon.Determiners.Contains(after.Word) || after.IsCapitalized
            || after.Word is "his" or "her" or "their" or "my" or "its"));
    }

    // "Pods", "Resolvers": a consonant before a final s. "Thomas", "Tomás", "Carlos" are names.
    private static bool LooksPlural(string word) =>
        word.Length > 3 && word[^1] == 's' && "bcdfghjklmnpqrtvwxyz".Contains(word[^2], StringComparison.Ordinal);

    private static bool LooksLikeVerb(string word) =>
        (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal)) || Lexicon.FiniteVerbs.Contains(word);

    private static bool HasTechnicalEnding(string word) =>
        (word.Length > 5 && (word.EndsWith("tion", StringComparison.Ordinal)
            || word.EndsWith("sion", StringComparison.Ordinal) || word.EndsWith("ment", StringComparison.Ordinal)
            || word.EndsWith("ness", StringComparison.Ordinal) || word.EndsWith("ware", StringComparison.Ordinal)
            || word.EndsWith("ics", StringComparison.Ordinal) || word.EndsWith("ism", StringComparison.Ordinal)))
        || (word.Length > 7 && word.EndsWith("ing", StringComparison.Ordinal)
            && !word.EndsWith("thing", StringComparison.Ordinal));
}
