using McpPostmortem.Model;

namespace McpPostmortem.Analysis;

/// <summary>
/// Ranks the postmortems related to one incident by what they share: contributing-factor
/// categories weigh most, then named services, then content words. Each shared term is weighted by
/// how rare it is across the folder (inverse document frequency), so "database" shared by half the
/// folder counts for little and "orders-db-a1" for much.
/// </summary>
public static class RelatedPostmortems
{
    private const double CategoryWeight = 3.0;
    private const double ServiceWeight = 2.0;
    private const double WordWeight = 1.0;

    // Below this a match is one common word or two, which is noise rather than a relation.
    private const double MinimumScore = 2.0;

    private const int ReasonTerms = 5;

    /// <summary>The up to <paramref name="limit"/> postmortems most related to <paramref name="target"/>.</summary>
    public static IReadOnlyList<RelatedPostmortem> Find(
        Postmortem target,
        IReadOnlyList<Postmortem> all,
        int limit)
    {
        var self = IncidentTerms.Of(target);
        var terms = new IncidentTerms[all.Count];
        Parallel.For(0, all.Count, i => terms[i] = IncidentTerms.Overlap(all[i], self));

        // Document frequencies are needed only for the target's own terms, which the overlaps hold.
        var categoryDf = Frequencies(self.Categories, terms, t => t.Categories);
        var serviceDf = Frequencies(self.Services, terms, t => t.Services);
        var wordDf = Frequencies(self.Words, terms, t => t.Words);
        var n = Math.Max(all.Count, 1);

        var ranked = new List<RelatedPostmortem>();
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Id == target.Id)
            {
                continue;
            }

            var categories = Shared(self.Categories, terms[i].Categories, categoryDf, n);
            var services = Shared(self.Services, terms[i].Services, serviceDf, n);
            var words = Shared(self.Words, terms[i].Words, wordDf, n);
            var score = CategoryWeight * categories.Sum(s => s.Weight)
                + ServiceWeight * services.Sum(s => s.Weight)
                + WordWeight * words.Sum(s => s.Weight);
            if (score < MinimumScore)
            {
                continue;
            }

            ranked.Add(Result(all[i], score, categories, services, words, self.Written));
        }

        return ranked
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => r.IncidentDate)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    private static Dictionary<string, int> Frequencies(
        IReadOnlySet<string> wanted,
        IncidentTerms[] terms,
        Func<IncidentTerms, IReadOnlySet<string>> select)
    {
        var df = wanted.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
        foreach (var t in terms)
        {
            foreach (var term in select(t))
            {
                if (df.TryGetValue(term, out var count))
                {
                    df[term] = count + 1;
                }
            }
        }

        return df;
    }

    private static List<(string Term, double Weight)> Shared(
        IReadOnlySet<string> mine,
        IReadOnlySet<string> theirs,
        Dictionary<string, int> df,
        int n)
    {
        var shared = new List<(string Term, double Weight)>();
        foreach (var term in mine)
        {
            if (theirs.Contains(term))
            {
                shared.Add((term, Math.Log(1.0 + (double)n / Math.Max(df[term], 1))));
            }
        }

        shared.Sort((a, b) => b.Weight != a.Weight
            ? b.Weight.CompareTo(a.Weight)
            : string.CompareOrdinal(a.Term, b.Term));
        return shared;
    }

    private static RelatedPostmortem Result(
        Postmortem other,
        double score,
        List<(string Term, double Weight)> categories,
        List<(string Term, double Weight)> services,
        List<(string Term, double Weight)> words,
        IReadOnlyDictionary<string, string> written)
    {
        var sharedCategories = categories.Select(c => c.Term).ToList();
        var sharedServices = services.Select(s => s.Term).ToList();

        // Words are matched by their folded form and shown as the target postmortem writes them.
        var sharedTerms = words.Select(w => written.GetValueOrDefault(w.Term, w.Term)).ToList();
        var parts = new List<string>();
        if (sharedCategories.Count > 0)
        {
            parts.Add("contributing-factor categories " + string.Join(", ", sharedCategories.Take(ReasonTerms)));
        }

        if (sharedServices.Count > 0)
        {
            parts.Add("services and components " + string.Join(", ", sharedServices.Take(ReasonTerms)));
        }

        if (sharedTerms.Count > 0)
        {
            parts.Add("terms " + string.Join(", ", sharedTerms.Take(ReasonTerms)));
        }

        return new RelatedPostmortem
        {
            Id = other.Id,
            Title = other.Title,
            IncidentDate = other.IncidentDate,
            Score = Math.Round(score, 2),
            Reason = "Shares " + string.Join("; ", parts) + ".",
            SharedCategories = sharedCategories,
            SharedServices = sharedServices,
            SharedTerms = sharedTerms.Take(20).ToList(),
        };
    }
}
