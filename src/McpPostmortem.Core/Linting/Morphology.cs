namespace McpPostmortem.Linting;

/// <summary>
/// English inflection and derivation, generated from a lemma so that rules name a word once: "slip+"
/// stands for slip, slips, slipped, slipping; "evident++" for evident, evidently, evidence-free forms.
/// The generators over-produce on purpose (both "omited" and "omitted"): a form that is not a word never
/// occurs in text, while a missing form is a missed finding.
/// </summary>
internal static class Morphology
{
    private const string Vowels = "aeiou";

    /// <summary>A verb or noun lemma with its -s, -ed and -ing forms (spelling rules applied both ways).</summary>
    public static IEnumerable<string> Inflections(string lemma)
    {
        yield return lemma;
        if (lemma.Length < 2)
        {
            yield break;
        }

        var last = lemma[^1];
        var stem = lemma[..^1];
        var consonantY = last == 'y' && !Vowels.Contains(lemma[^2], StringComparison.Ordinal);
        if (consonantY)
        {
            yield return stem + "ies";
            yield return stem + "ied";
        }

        var sibilant = lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z')
            || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal);
        yield return lemma + (sibilant ? "es" : "s");
        if (last == 'e')
        {
            yield return lemma + "d";
            yield return stem + "ing";
            yield return lemma + "ing";
            yield break;
        }

        yield return lemma + "ed";
        yield return lemma + "ing";
        if (EndsConsonantVowelConsonant(lemma))
        {
            // "slip" -> "slipped", "omit" -> "omitted": doubling depends on stress, so give both.
            yield return lemma + last + "ed";
            yield return lemma + last + "ing";
        }
    }

    /// <summary>An evaluative adjective with its adverb and its -ness noun ("lax", "laxly", "laxness").</summary>
    public static IEnumerable<string> AdjectiveForms(string lemma)
    {
        yield return lemma;
        if (lemma.Length < 3)
        {
            yield break;
        }

        if (lemma.EndsWith("le", StringComparison.Ordinal))
        {
            yield return lemma[..^1] + "y";
        }
        else if (lemma.EndsWith('y'))
        {
            yield return lemma[..^1] + "ily";
            yield return lemma[..^1] + "iness";
        }
        else if (lemma.EndsWith("ic", StringComparison.Ordinal))
        {
            yield return lemma + "ally";
        }
        else
        {
            yield return lemma + "ly";
        }

        if (!lemma.EndsWith('y'))
        {
            yield return lemma + "ness";
        }

        if (lemma.EndsWith("ble", StringComparison.Ordinal))
        {
            yield return lemma[..^3] + "bility";
        }
    }

    private static bool EndsConsonantVowelConsonant(string word) =>
        word.Length >= 3
        && !Vowels.Contains(word[^1], StringComparison.Ordinal) && word[^1] is not ('w' or 'x' or 'y')
        && Vowels.Contains(word[^2], StringComparison.Ordinal)
        && !Vowels.Contains(word[^3], StringComparison.Ordinal);
}
