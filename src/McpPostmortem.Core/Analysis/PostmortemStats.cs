using System.Globalization;
using McpPostmortem.Model;
using McpPostmortem.Timeline;

namespace McpPostmortem.Analysis;

/// <summary>Computes <see cref="PostmortemStatistics"/> over many postmortems in one pass each.</summary>
public static class PostmortemStats
{
    private const string Unassigned = "(unassigned)";
    private const int MaxOverdueListed = 20;

    // The response-time metrics the figures report, by IncidentMetrics key.
    private static readonly string[] MetricKeys =
        ["time_to_detect", "time_to_acknowledge", "time_to_mitigate", "time_to_resolve"];

    /// <summary>Figures over <paramref name="postmortems"/>, judging due dates as of <paramref name="today"/>.</summary>
    public static PostmortemStatistics Compute(
        IReadOnlyList<Postmortem> postmortems,
        DateOnly today,
        int topCategories = 10)
    {
        var metrics = new List<Metric>[postmortems.Count];
        Parallel.For(0, postmortems.Count, i => metrics[i] = [.. IncidentMetrics.Compute(postmortems[i].Timeline)]);

        return new PostmortemStatistics
        {
            Postmortems = postmortems.Count,
            Today = today,
            BySeverity = Enum.GetValues<Severity>()
                .Select(s => new SeverityCount(s, postmortems.Count(p => p.Severity == s)))
                .ToList(),
            Metrics = MetricKeys.Select(k => Summarize(k, metrics)).ToList(),
            RecurringCategories = Categories(postmortems, topCategories),
            ActionItemsByOwner = Owners(postmortems, today, out var open, out var overdue, out var candidates),
            OpenActionItems = open,
            OverdueActionItems = overdue,
            CandidateActionItems = candidates,
        };
    }

    /// <summary>The <paramref name="fraction"/> quantile of sorted values, interpolating between ranks.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction)
    {
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }

        var rank = fraction * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }

    private static MetricSummary Summarize(string key, List<Metric>[] metrics)
    {
        var values = new List<double>(metrics.Length);
        Metric? sample = null;
        foreach (var list in metrics)
        {
            var metric = list.Find(m => m.Key == key);
            sample ??= metric;
            if (metric?.Minutes is { } minutes)
            {
                values.Add(minutes);
            }
        }

        values.Sort();
        double? median = values.Count > 0 ? Math.Round(Percentile(values, 0.5), 2) : null;
        double? p90 = values.Count > 0 ? Math.Round(Percentile(values, 0.9), 2) : null;
        return new MetricSummary
        {
            Key = key,
            Name = sample?.Name ?? key,
            Formula = sample?.Formula ?? "",
            Count = values.Count,
            Missing = metrics.Length - values.Count,
            MedianMinutes = median,
            P90Minutes = p90,
            Median = median is { } m ? IncidentMetrics.FormatDuration(m) : "n/a",
            P90 = p90 is { } p ? IncidentMetrics.FormatDuration(p) : "n/a",
        };
    }

    private static List<CategoryCount> Categories(IReadOnlyList<Postmortem> postmortems, int top)
    {
        var counts = new Dictionary<string, (int Postmortems, int Factors)>(StringComparer.Ordinal);
        foreach (var p in postmortems)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var factor in p.ContributingFactors)
            {
                var category = factor.Category.Trim().ToLower(CultureInfo.InvariantCulture);
                if (category.Length == 0)
                {
                    continue;
                }

                counts.TryGetValue(category, out var c);
                counts[category] = (c.Postmortems + (seen.Add(category) ? 1 : 0), c.Factors + 1);
            }
        }

        return counts
            .OrderByDescending(kv => kv.Value.Postmortems)
            .ThenByDescending(kv => kv.Value.Factors)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(top)
            .Select(kv => new CategoryCount(kv.Key, kv.Value.Postmortems, kv.Value.Factors))
            .ToList();
    }

    private static List<OwnerActionItems> Owners(
        IReadOnlyList<Postmortem> postmortems,
        DateOnly today,
        out int open,
        out int overdue,
        out int candidates)
    {
        var byOwner = new Dictionary<string, (int Open, int Candidates, List<(DateOnly Due, string Ref)> Overdue)>(
            StringComparer.OrdinalIgnoreCase);
        open = 0;
        overdue = 0;
        candidates = 0;
        foreach (var p in postmortems)
        {
            foreach (var item in p.ActionItems)
            {
                if (item.Status is ActionItemStatus.Done or ActionItemStatus.NotDoing)
                {
                    continue;
                }

                var owner = item.Owner.Trim().Length > 0 ? item.Owner.Trim() : Unassigned;
                if (!byOwner.TryGetValue(owner, out var tally))
                {
                    tally = (0, 0, []);
                }

                // A candidate is a proposal nobody has agreed to: it is neither open work nor late.
                if (item.Status == ActionItemStatus.Candidate)
                {
                    candidates++;
                    byOwner[owner] = tally with { Candidates = tally.Candidates + 1 };
                    continue;
                }

                open++;
                if (item.DueDate is { } due && due < today)
                {
                    overdue++;
                    tally.Overdue.Add((due, $"{p.Id}#{item.Id}"));
                }

                byOwner[owner] = tally with { Open = tally.Open + 1 };
            }
        }

        return byOwner
            .Select(kv => new OwnerActionItems
            {
                Owner = kv.Key,
                Open = kv.Value.Open,
                Candidates = kv.Value.Candidates,
                Overdue = kv.Value.Overdue.Count,
                OverdueItems = kv.Value.Overdue
                    .OrderBy(o => o.Due)
                    .ThenBy(o => o.Ref, StringComparer.Ordinal)
                    .Take(MaxOverdueListed)
                    .Select(o => o.Ref)
                    .ToList(),
            })
            .OrderByDescending(o => o.Overdue)
            .ThenByDescending(o => o.Open)
            .ThenByDescending(o => o.Candidates)
            .ThenBy(o => o.Owner, StringComparer.Ordinal)
            .ToList();
    }
}
