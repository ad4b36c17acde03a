using System.Globalization;
using McpPostmortem.Model;

namespace McpPostmortem.Analysis;

/// <summary>
/// What a postmortem is about, as sets to compare across incidents: its contributing-factor
/// categories, the identifiers it names (services, hosts, components such as "payout-worker" or
/// "orders-db-a1") and its content words, plurals folded to their singular.
/// </summary>
public sealed record IncidentTerms(
    string Id,
    IReadOnlySet<string> Categories,
    IReadOnlySet<string> Services,
    IReadOnlySet<string> Words)
{
    /// <summary>For the terms of <see cref="Of"/>: each folded word as it was first written ("queries").</summary>
    public IReadOnlyDictionary<string, string> Written { get; init; } = new Dictionary<string, string>();

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
        "on-call", "oncall", "follow-up", "post-mortem", "root-cause", "write-up",
    };

    // The last part of a hyphenated name that makes it a component ("payout-worker", "checkout-api");
    // other hyphenated words are ordinary words ("on-call", "connection-leak", "rate-limit").
    private static readonly HashSet<string> ComponentHeads = new(StringComparer.Ordinal)
    {
        "api", "apis", "svc", "service", "services", "worker", "workers", "db", "database", "proxy", "gateway", "gw",
        "queue", "cache", "server", "cluster", "lb", "balancer", "router", "scheduler", "controller", "daemon",
        "agent", "web", "frontend", "backend", "app", "bus", "broker", "store", "replica", "primary", "node", "core",
        "cron", "job", "consumer", "producer", "ingress", "lambda", "bucket", "topic", "shard", "fleet", "host",
        "ui", "bff", "sidecar", "operator", "exporter", "collector", "indexer", "engine", "platform", "portal",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ComponentHeadLookup =
        ComponentHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxTermLength = 128;

    private delegate void TermVisitor(bool isService, ReadOnlySpan<char> term, ReadOnlySpan<char> written);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Collects the terms of one postmortem.</summary>
    public static IncidentTerms Of(Postmortem postmortem)
    {
        var services = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        Scan(postmortem, (isService, term, surface) =>
        {
            var key = term.ToString();
            (isService ? services : words).Add(key);
            written.TryAdd(key, surface.ToString());
        });
        return new IncidentTerms(postmortem.Id, CategoriesOf(postmortem), services, words) { Written = written };
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
        Scan(other, (isService, term, _) =>
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
        var hasMark = false;
        var lastHyphen = -1;
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            hasLetter |= char.IsLetter(c);
            hasDigit |= char.IsDigit(c);
            hasMark |= c is '_' or '.';
            lastHyphen = c == '-' ? i : lastHyphen;
        }

        if (!hasLetter)
        {
            return;
        }

        // Identifiers mix letters and digits or carry an underscore or dot ("orders-db-a1",
        // "max_connections"); a hyphenated word is a component when its head is a component noun.
        var component = lastHyphen > 0 && ComponentHeadLookup.Contains(lower[(lastHyphen + 1)..]);
        if ((hasDigit || hasMark || component) && lower.Length >= 4 && char.IsLetter(lower[0]))
        {
            visit(true, lower, lower);
            return;
        }

        if (!hasDigit && !hasMark && lower.Length >= 3 && !StopWordLookup.Contains(lower))
        {
            visit(false, Singular(lower), lower);
        }
    }

    /// <summary>
    /// A light plural fold, so "certificates" meets "certificate" and "queries" meets "query"; not a
    /// full stemmer on purpose. Words in -ss, -us and -is are not plurals ("process", "status").
    /// </summary>
    public static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word)
    {
        if (word.Length <= 3 || word[^1] != 's' || word.EndsWith("ss") || word.EndsWith("us") || word.EndsWith("is"))
        {
            return word;
        }

        if (word.Length > 4 && word.EndsWith("ies"))
        {
            return string.Concat(word[..^3], "y");
        }

        // "patches", "boxes", "crashes": -es after a hissing sound; "caches" keeps its e.
        var hissing = word.EndsWith("sses") || word.EndsWith("shes") || word.EndsWith("xes") || word.EndsWith("zes")
            || (word.EndsWith("ches") && !word.EndsWith("aches"));
        return hissing ? word[..^2] : word[..^1];
    }
}
