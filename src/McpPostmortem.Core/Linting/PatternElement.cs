namespace McpPostmortem.Linting;

/// <summary>One step of a compiled phrase pattern.</summary>
internal sealed record PatternElement(
    PatternElementKind Kind,
    IReadOnlySet<string> Words,
    IReadOnlyList<string> Prefixes,
    IReadOnlyList<string> Suffixes,
    int MaxGap)
{
    public bool MatchesWord(string word)
    {
        if (Words.Contains(word))
        {
            return true;
        }

        foreach (var prefix in Prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
