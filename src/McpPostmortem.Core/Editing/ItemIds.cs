namespace McpPostmortem.Editing;

/// <summary>Numbers items within a postmortem as "prefix-N", never reusing a number in the list.</summary>
public static class ItemIds
{
    public static string Next(string prefix, IEnumerable<string> existing)
    {
        var max = 0;
        foreach (var id in existing)
        {
            if (id.StartsWith(prefix + "-", StringComparison.Ordinal)
                && int.TryParse(id.AsSpan(prefix.Length + 1), out var n) && n > max)
            {
                max = n;
            }
        }

        return $"{prefix}-{max + 1}";
    }
}
