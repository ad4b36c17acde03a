using McpPostmortem.Linting;

namespace McpPostmortem.ActionItems;

/// <summary>
/// Finds where an action item is aimed at people rather than at the system: an instructing verb
/// whose object is a person or role ("Educate the team", "Ask Alice to ..."), a talk with someone
/// ("Talk to Bob"), training or a reminder sent to people, or someone's conduct made the goal
/// ("Make sure engineers test ...", "Engineers must double-check ..."). People are pronouns, role
/// nouns, the names the postmortem knows, and capitalized names inside the sentence.
/// </summary>
internal static class PersonTarget
{
    /// <summary>The first person-aimed construction as word indexes, or null when there is none.</summary>
    public static (int From, int To)? Find(ActionText text, IReadOnlySet<string> knownPeople)
    {
        for (var i = 0; i < text.Count; i++)
        {
            if (Instructing(text, i, knownPeople) is { } instructing)
            {
                return instructing;
            }

            if (Conversing(text, i, knownPeople) is { } conversing)
            {
                return conversing;
            }

            if (Session(text, i, knownPeople) is { } session)
            {
                return session;
            }

            if (Oversight(text, i, knownPeople) is { } oversight)
            {
                return oversight;
            }
        }

        return Obligation(text, knownPeople);
    }

    // "Educate the team", "Ask Alice to ...", "... to coach new on-calls"; not "Remind the on-call when ...".
    private static (int, int)? Instructing(ActionText text, int i, IReadOnlySet<string> people)
    {
        if (!ActionVocabulary.InstructingVerbs.TryGetValue(text[i].Lower, out var automatable)
            || !IsVerbSlot(text, i) || PersonPhrase(text, i + 1, people) is not { } end)
        {
            return null;
        }

        var instructed = end + 1 < text.Count && text[end + 1].Lower == "to";
        if (automatable && !instructed && HasTrigger(text, end + 1))
        {
            return null;
        }

        return (i, end);
    }

    // "Talk to Bob about the deploy", "Sit down with the team".
    private static (int, int)? Conversing(ActionText text, int i, IReadOnlySet<string> people)
    {
        if (!ActionVocabulary.ConversingVerbs.TryGetValue(text[i].Lower, out var prepositions) || !IsVerbSlot(text, i))
        {
            return null;
        }

        foreach (var preposition in prepositions)
        {
            var length = preposition.Split(' ').Length;
            if (text.At(i + 1, preposition) && PersonPhrase(text, i + 1 + length, people) is { } end)
            {
                return (i, end);
            }
        }

        return null;
    }

    // "Run a refresher training on pooling", "Send a reminder to all engineers"; not "training data".
    private static (int, int)? Session(ActionText text, int i, IReadOnlySet<string> people)
    {
        var word = text[i].Lower;
        if (ActionVocabulary.TrainingNouns.Contains(word))
        {
            var next = i + 1 < text.Count && !text[i + 1].BreakBefore ? text[i + 1].Lower : "";
            return Lexicon.SystemNouns.Contains(next) || next is "data" or "set" or "sets" ? null : (i, i);
        }

        if (ActionVocabulary.MessageNouns.Contains(word) && i + 1 < text.Count
            && text[i + 1].Lower is "to" or "for" && PersonPhrase(text, i + 2, people) is { } end)
        {
            return (i, end);
        }

        return null;
    }

    // "Make sure engineers test their changes", "Ensure the team follows the runbook".
    private static (int, int)? Oversight(ActionText text, int i, IReadOnlySet<string> people)
    {
        if (!IsVerbSlot(text, i))
        {
            return null;
        }

        foreach (var opener in ActionVocabulary.OversightOpeners)
        {
            if (!text.At(i, opener))
            {
                continue;
            }

            var start = i + opener.Split(' ').Length;
            if (start < text.Count && text[start].Lower == "that")
            {
                start++;
            }

            // "Require engineers to sign off" puts "to" between the person and the conduct.
            if (PersonPhrase(text, start, people) is { } end)
            {
                var verb = end + 1 < text.Count && text[end + 1].Lower == "to" ? end + 2 : end + 1;
                if (IsConduct(text, verb, inflected: verb == end + 1))
                {
                    return (i, verb);
                }
            }
        }

        return null;
    }

    // "Engineers must double-check migrations", "Kiran to re-read the docs"; not "We should add alerting".
    private static (int, int)? Obligation(ActionText text, IReadOnlySet<string> people)
    {
        if (PersonPhrase(text, 0, people, subject: true) is not { } end
            || ActionVocabulary.FirstPerson.Contains(text[end].Lower))
        {
            return null;
        }

        foreach (var obligation in ActionVocabulary.Obligations)
        {
            if (!text.At(end + 1, obligation))
            {
                continue;
            }

            var verb = end + 1 + obligation.Split(' ').Length;
            while (verb < text.Count && ActionVocabulary.Adverbs.Contains(text[verb].Lower))
            {
                verb++;
            }

            return IsConduct(text, verb, inflected: false) ? (0, verb) : null;
        }

        return null;
    }

    /// <summary>The index of the head of a noun phrase naming people, starting at <paramref name="from"/>.</summary>
    private static int? PersonPhrase(ActionText text, int from, IReadOnlySet<string> people, bool subject = false)
    {
        int? head = null;
        for (var k = from; k < text.Count && k < from + 5; k++)
        {
            var word = text[k];
            if ((k > from && word.BreakBefore) || ActionVocabulary.PhraseEnds.Contains(word.Lower)
                || ActionVocabulary.Obligations.Any(o => text.At(k, o)))
            {
                break;
            }

            // Noun modifiers may come before the person ("the DB team"); after it, only more person
            // words continue the phrase ("the on-call engineers", "the team lead").
            if (IsPerson(text, k, people, subject && k == 0))
            {
                head = k;
            }
            else if (head is not null)
            {
                break;
            }
        }

        return head;
    }

    private static bool IsPerson(ActionText text, int k, IReadOnlySet<string> people, bool sentenceStart)
    {
        var word = text[k];
        var lower = word.Lower;
        if (Lexicon.PersonPronouns.Contains(lower) || people.Contains(lower))
        {
            return true;
        }

        // The role list holds common plurals; others ("on-calls", "SREs") are read through their singular.
        if (!Lexicon.RoleNouns.Contains(lower) && lower.Length > 3 && lower[^1] == 's'
            && Lexicon.RoleNouns.Contains(lower[..^1]))
        {
            lower = lower[..^1];
        }

        if (Lexicon.RoleNouns.Contains(lower))
        {
            // "cluster operators" and "the certificate manager" are software.
            return !Lexicon.AmbiguousRoles.Contains(lower) || k == 0
                || !Lexicon.SystemNouns.Contains(text[k - 1].Lower);
        }

        // A name: capitalized with no inner capitals ("Alice", not "PagerDuty" or "AWS"), not a known
        // system or sentence word, and not after a determiner ("the Helm chart").
        if (!word.IsCapitalized || word.Text.Skip(1).Any(char.IsUpper) || Lexicon.SystemNouns.Contains(lower)
            || Lexicon.NotNames.Contains(lower) || Lexicon.EvidenceNouns.Contains(lower))
        {
            return false;
        }

        if (k == 0)
        {
            // "Payments should be retried": a capital before a plural ending is a system, not a name.
            return sentenceStart && !LooksPlural(lower);
        }

        return !Lexicon.Determiners.Contains(text[k - 1].Lower);
    }

    private static bool IsConduct(ActionText text, int index, bool inflected)
    {
        if (index >= text.Count)
        {
            return false;
        }

        var word = text[index];

        // "should be retried" is a passive about the system; "should be careful" is about a person.
        if (word.Lower is "be" or "stay" or "remain" or "get" && index + 1 < text.Count
            && IsParticiple(text[index + 1].Lower))
        {
            return false;
        }

        if (ActionVocabulary.ConductVerbs.Contains(word.Lower) || ActionVocabulary.ConductVerbs.Contains(word.Head))
        {
            return true;
        }

        // "the team follows", "engineers test", "Bob watches": a third-person form of a conduct verb.
        return inflected && word.Lower.EndsWith('s')
            && (ActionVocabulary.ConductVerbs.Contains(word.Lower[..^1])
                || (word.Lower.EndsWith("es", StringComparison.Ordinal)
                    && ActionVocabulary.ConductVerbs.Contains(word.Lower[..^2])));
    }

    private static bool IsParticiple(string word) =>
        (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        || ActionVocabulary.IrregularParticiples.Contains(word);

    // "Pods", "Resolvers": a consonant before a final s. "Thomas" and "Carlos" stay names.
    private static bool LooksPlural(string word) =>
        word.Length > 3 && word[^1] == 's' && "bcdfghjklmnpqrtvwxyz".Contains(word[^2], StringComparison.Ordinal);

    private static bool IsVerbSlot(ActionText text, int i) =>
        i == 0 || text[i].BreakBefore || ActionVocabulary.VerbSlots.Contains(text[i - 1].Lower);

    private static bool HasTrigger(ActionText text, int from)
    {
        for (var k = from; k < text.Count; k++)
        {
            if (ActionVocabulary.Triggers.Contains(text[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
