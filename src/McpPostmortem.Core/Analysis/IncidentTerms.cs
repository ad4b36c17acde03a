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

    private const int MaxTermLength = 128;

    private delegate void TermVisitor(bool isService, ReadOnlySpan<char> term);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Collects the terms of one postmortem.</summary>
    public static IncidentTerms Of(Postmortem postmortem)
    {
        var services = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        Scan(postmortem, (isService, term) => (isService ? services : words).Add(term.ToString()));
        return new IncidentTerms(postmortem.Id, CategoriesOf(postmortem), services, words);
    }

    /// <summary>
    /// The terms of <paramref name="other"/> that <paramref name="target"/> also has. Scans without
    /// allocating a string per token, which is what keeps a folder of 10,000 postmortems fast.
    /// </summary>
    public static IncidentTerms Overlap(Postmortem other, IncidentTerms target)
    {
        var targetServices = Lookup(target.Services);
        var targetWords = Lookup(target.Words);
        var services = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        Scan(other, (isService, term) =>
        {
            if (isService && targetServices.TryGetValue(term, out var service))
            {
                services.Add(service);
            }
            else if (!isService && targetWords.TryGetValue(term, out var word))
            {
                words.Add(word);
            }
        });

        var categories = CategoriesOf(other);
        categories.IntersectWith(target.Categories);
        return new IncidentTerms(other.Id, categories, services, words);
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IReadOnlySet<string> set) =>
        (set as HashSet<string> ?? new HashSet<string>(set, StringComparer.Ordinal))
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> CategoriesOf(Postmortem postmortem)
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

        return categories;
    }

    private static void Scan(Postmortem postmortem, TermVisitor visit)
    {
        Span<char> buffer = stackalloc char[MaxTermLength];
        foreach (var text in Texts(postmortem))
        {
            Tokenize(text ?? "", buffer, visit);
        }
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

    private static void Tokenize(string text, Span<char> buffer, TermVisitor visit)
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

            if (i > start && i - start <= buffer.Length)
            {
                var length = text.AsSpan(start, i - start).ToLowerInvariant(buffer);
                Classify(buffer[..length], visit);
            }
        }
    }

    // A hyphen, underscore or dot between two letters or digits joins an identifier ("orders-db-a1").
    private static bool IsJoiner(string text, int i) =>
        text[i] is '-' or '_' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    private static void Classify(ReadOnlySpan<char> lower, TermVisitor visit)
    {
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
            visit(true, lower);
            return;
        }

        if (!hasDigit && !hasJoiner && lower.Length >= 3 && !StopWordLookup.Contains(lower))
        {
            visit(false, Stem(lower));
        }
    }

    // A light plural fold, so "certificates" meets "certificate"; not a full stemmer on purpose.
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) =>
        word.Length > 4 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
}
