using System.Globalization;
using McpPostmortem.Model;

namespace McpPostmortem.Analysis;

/// <summary>
/// What a postmortem is about, as sets to compare across incidents: its contributing-factor
/// categories, the identifiers it names (services, hosts, components such as "payout-worker" or
/// "orders-db-a1") and its content words.
/// </summary>
public sealed record IncidentTerms(
    string Id,
    IReadOnlySet<string> Categories,
    IReadOnlySet<string> Services,
    IReadOnlySet<string> Words)
{
    // Function words and the vocabulary every postmortem shares, which say nothing about the incident.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "that", "this", "from", "into", "onto", "was", "were", "are", "is", "been",
        "be", "has", "have", "had", "not", "but", "all", "any", "our", "its", "their", "they", "them", "then",
        "than", "when", "what", "which", "who", "why", "how", "where", "there", "here", "about", "after",
        "before", "during", "while", "over", "under", "again", "only", "each", "every", "some", "more", "most",
        "other", "such", "same", "so", "too", "very", "can", "could", "will", "would", "should", "may", "might",
        "must", "did", "does", "done", "also", "just", "both", "between", "until", "since", "per", "via", "out",
        "off", "one", "two", "three", "first", "second", "new", "old", "now", "min", "minutes", "hour", "hours",
        "utc", "incident", "postmortem", "impact", "users", "user", "time", "started", "detected", "mitigated",
        "resolved", "acknowledged", "because", "without", "within", "these", "those", "it", "we", "us", "an",
        "as", "at", "by", "in", "of", "on", "or", "to", "up", "no", "yes", "if", "do", "go", "went", "got",
    };

    /// <summary>Collects the terms of one postmortem.</summary>
    public static IncidentTerms Of(Postmortem postmortem)
    {
        var categories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var factor in postmortem.ContributingFactors)
        {
            var category = factor.Category.Trim().ToLower(CultureInfo.InvariantCulture);
            if (category.Length > 0)
            {
                categories.Add(category);
            }
        }

        var services = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Texts(postmortem))
        {
            Tokenize(text, services, words);
        }

        return new IncidentTerms(postmortem.Id, categories, services, words);
    }

    private static IEnumerable<string> Texts(Postmortem p)
    {
        yield return p.Title;
        yield return p.Summary;
        yield return p.RootCause.Text;
        foreach (var e in p.Timeline)
        {
            yield return e.Description;
        }

        foreach (var f in p.ContributingFactors)
        {
            yield return f.Title;
            foreach (var point in f.Points)
            {
                yield return point;
            }
        }

        foreach (var a in p.ActionItems)
        {
            yield return a.Action;
        }
    }

    private static void Tokenize(string text, HashSet<string> services, HashSet<string> words)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i)))
            {
                i++;
            }

            if (i > start)
            {
                Classify(text.AsSpan(start, i - start), services, words);
            }
        }
    }

    // A hyphen, underscore or dot between two letters or digits joins an identifier ("orders-db-a1").
    private static bool IsJoiner(string text, int i) =>
        text[i] is '-' or '_' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    private static void Classify(ReadOnlySpan<char> token, HashSet<string> services, HashSet<string> words)
    {
        var lower = token.ToString().ToLower(CultureInfo.InvariantCulture);
        var hasLetter = false;
        var hasDigit = false;
        var hasJoiner = false;
        foreach (var c in lower)
        {
            hasLetter |= char.IsLetter(c);
            hasDigit |= char.IsDigit(c);
            hasJoiner |= c is '-' or '_' or '.';
        }

        if (!hasLetter)
        {
            return;
        }

        // Identifiers carry a joiner or mix letters and digits; version strings and times do not count.
        if ((hasJoiner || hasDigit) && lower.Length >= 4 && char.IsLetter(lower[0]))
        {
            services.Add(lower);
            return;
        }

        if (!hasDigit && !hasJoiner && lower.Length >= 3 && !StopWords.Contains(lower))
        {
            words.Add(Stem(lower));
        }
    }

    // A light plural fold, so "certificates" meets "certificate"; not a full stemmer on purpose.
    private static string Stem(string word) =>
        word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            ? word[..^1]
            : word;
}
