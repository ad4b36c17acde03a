using System.Runtime.CompilerServices;
namespace McpPostmortem.Linting;

/// <summary>One step of a compiled phrase pattern.</summary>
internal sealed record PatternElement(
    PatternElementKind Kind,
    IReadOnlySet<string> Words,
    string[] Prefixes,
    string[] Suffixes,
    int MaxGap)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MatchesWord(string word)
    {
        if (Words.Contains(word))
        {
            return true;
        }

        for (var i = 0; i < Prefixes.Length; i++)
        {
            if (word.StartsWith(Prefixes[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        for (var i = 0; i < Suffixes.Length; i++)
        {
            var suffix = Suffixes[i];
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
