using System.Collections.Frozen;
using System.Globalization;

namespace McpPostmortem.ActionItems;

/// <summary>
/// Tells whether a word is an English verb in its base form, the form an imperative starts with.
/// The word list is WordNet 3.0's verb index (embedded data); words it lacks are tried through
/// prefixes and verb-forming suffixes, so "re-enable" and "containerize" count as verbs.
/// </summary>
public static class VerbLexicon
{
    private const string ResourceName = "McpPostmortem.ActionItems.Data.verbs.txt";

    // Verbs of software work coined after WordNet 3.0 (2006) or missing from it. Nouns that only
    // look like verbs ("rollback", "failover", "canary") stay out: the verbs are "roll back" etc.
    private static readonly string[] SoftwareVerbs =
    [
        "backfill", "backport", "benchmark", "bootstrap", "cache", "checkpoint", "dedupe",
        "deduplicate", "debounce", "deprecate", "dockerize", "email", "geofence", "hotfix",
        "instrument", "lint", "load-test", "memoize", "onboard", "page", "parallelize", "patch", "prefetch",
        "provision", "rate-limit", "rearchitect", "refactor", "reindex", "repartition", "replatform",
        "sandbox", "script", "shard", "snapshot", "throttle", "timebox", "upsert",
        "version", "whitelist", "allowlist", "blocklist", "denylist", "autoscale", "gate",
    ];

    // Prefixes that keep a verb a verb: "re-run", "unpin", "preload", "auto-rotate".
    private static readonly string[] Prefixes =
        ["re-", "re", "un", "de-", "de", "pre-", "pre", "auto-", "auto", "over", "co-", "dis", "mis", "cross-"];

    // Suffixes that make verbs from nouns and adjectives: "containerize", "quantify".
    private static readonly string[] VerbSuffixes = ["ize", "ise", "ify"];

    private static readonly FrozenSet<string> Verbs = Load();

    /// <summary>Number of words in the lexicon, for tests and diagnostics.</summary>
    public static int Count => Verbs.Count;

    /// <summary>True when <paramref name="word"/> is a base-form verb, by the list or by its shape.</summary>
    public static bool IsBaseFormVerb(string word)
    {
        var w = word.ToLower(CultureInfo.InvariantCulture);
        if (w.Length < 2)
        {
            return false;
        }

        if (Verbs.Contains(w))
        {
            return true;
        }

        foreach (var prefix in Prefixes)
        {
            if (w.Length - prefix.Length >= 3 && w.StartsWith(prefix, StringComparison.Ordinal)
                && Verbs.Contains(w[prefix.Length..]))
            {
                return true;
            }
        }

        foreach (var suffix in VerbSuffixes)
        {
            if (w.Length >= suffix.Length + 4 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(VerbLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded verb list {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(SoftwareVerbs, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
