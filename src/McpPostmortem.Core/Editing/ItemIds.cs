using McpPostmortem.Model;

namespace McpPostmortem.Editing;

/// <summary>
/// Numbers items within a postmortem as "prefix-N" (ev, cf, ai, db). Each list keeps the highest
/// number it ever gave in <see cref="Postmortem.LastItemIds"/>, so an id removed once is never given
/// to another item: an exported ticket that says "ai-2" keeps meaning the item it was made from.
/// </summary>
public static class ItemIds
{
    /// <summary>
    /// The next <paramref name="count"/> numbers of a list, and the postmortem with its counter
    /// advanced past them. A file saved before the counters existed starts from its highest id.
    /// </summary>
    public static (int First, Postmortem Postmortem) Take(
        Postmortem postmortem,
        string prefix,
        IEnumerable<string> existing,
        int count = 1)
    {
        var stored = postmortem.LastItemIds.TryGetValue(prefix, out var counter) ? counter : 0;
        var last = Math.Max(stored, Highest(prefix, existing));

        var counters = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in postmortem.LastItemIds)
        {
            counters[key] = value;
        }

        counters[prefix] = last + Math.Max(count, 0);
        return (last + 1, postmortem with { LastItemIds = counters });
    }

    /// <summary>The next id of a list, and the postmortem with its counter advanced.</summary>
    public static (string Id, Postmortem Postmortem) Next(Postmortem postmortem, string prefix, IEnumerable<string> existing)
    {
        var (number, advanced) = Take(postmortem, prefix, existing);
        return ($"{prefix}-{number}", advanced);
    }

    /// <summary>
    /// The next id after the highest of <paramref name="existing"/>, for a list still being built (an
    /// import) that has no counter yet; its postmortem's counter starts from the highest id when saved.
    /// </summary>
    public static string Next(string prefix, IEnumerable<string> existing) =>
        $"{prefix}-{Highest(prefix, existing) + 1}";

    private static int Highest(string prefix, IEnumerable<string> existing)
    {
        var highest = 0;
        foreach (var id in existing)
        {
            if (id.StartsWith(prefix + "-", StringComparison.Ordinal)
                && int.TryParse(id.AsSpan(prefix.Length + 1), out var n) && n > highest)
            {
                highest = n;
            }
        }

        return highest;
    }
}
