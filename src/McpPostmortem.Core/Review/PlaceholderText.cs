using System.Collections.Frozen;

namespace McpPostmortem.Review;

/// <summary>
/// Tells text that stands in for a section ("TBD", "To be determined", "Unknown - still
/// investigating", "???") from text that says something: a placeholder holds only the words people
/// write while the content is still missing.
/// </summary>
public static class PlaceholderText
{
    // Words of "not written yet": marks (tbd, todo, wip), their spelled-out forms ("to be
    // determined"), and the filler around them ("the root cause is still under investigation").
    private static readonly FrozenSet<string> Words = (
        "tbd tba tbc tk todo wip xxx fixme placeholder lorem ipsum n a na none nil null pending unknown " +
        "unclear unsure to do be is are was being been still yet not under investigation investigating " +
        "investigated ongoing work in progress determined confirmed decided added written filled fill known " +
        "later soon coming see above below the root cause rc it and so far further for now")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="text"/> has no letters or only placeholder words.</summary>
    public static bool IsPlaceholder(string text)
    {
        var lower = (text ?? "").ToLowerInvariant();
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var letter = i < lower.Length && char.IsLetter(lower[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (!Words.Contains(lower[start..i]))
                {
                    return false;
                }

                start = -1;
            }
        }

        return true;
    }
}
