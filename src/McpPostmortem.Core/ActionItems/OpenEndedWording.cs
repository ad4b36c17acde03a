using McpPostmortem.Linting;

namespace McpPostmortem.ActionItems;

/// <summary>
/// Finds action items that cannot be closed: an open activity with no question or result ("Check
/// the logs"), a broad area with no one change in it ("Add more monitoring"), and items too short
/// to name a result ("Fix it"). A concrete two-word action ("Rotate credentials") passes.
/// </summary>
internal static class OpenEndedWording
{
    /// <summary>The open-ended flaws of one action, in the order of the words they point at.</summary>
    public static IEnumerable<WordingFlaw> Find(ActionText text)
    {
        if (OpenActivity(text) is { } activity)
        {
            yield return activity;
        }

        if (BroadArea(text) is { } area)
        {
            yield return area;
        }

        if (TooShort(text) is { } shortItem)
        {
            yield return shortItem;
        }
    }

    // "Investigate the DB", "Follow up with the vendor"; not "Investigate why ..." or "... and write down X".
    private static WordingFlaw? OpenActivity(ActionText text)
    {
        var phrase = ActionVocabulary.OpenActivities.FirstOrDefault(p => text.At(0, p));
        if (phrase is null)
        {
            return null;
        }

        var length = phrase.Split(' ').Length;
        for (var k = length; k < text.Count; k++)
        {
            var word = text[k].Lower;
            if (ActionVocabulary.QuestionWords.Contains(word) || word == "until")
            {
                return null;
            }

            if (ActionVocabulary.ResultJoiners.Contains(word) && k + 1 < text.Count
                && VerbLexicon.IsBaseFormVerb(text[k + 1].Lower)
                && !ActionVocabulary.OpenActivities.Any(p => text.At(k + 1, p)))
            {
                return null;
            }
        }

        var (start, excerpt) = text.Span(0, length - 1);
        return new WordingFlaw(ActionItemRules.Vague, FindingSeverity.Warning, start, excerpt,
            $"'{excerpt}' with no question to answer and no result is open-ended: nobody can tell when it " +
            "is done.",
            "Bound it by the question and what it produces ('Investigate why the pool filled up and write " +
            "down the cause'), or name the change itself.");
    }

    // "Add more monitoring", "Add alerting", "Write better docs"; not "Add alerting on pool usage".
    private static WordingFlaw? BroadArea(ActionText text)
    {
        var vagueAmount = -1;
        for (var k = 1; k < text.Count && k < 6; k++)
        {
            var word = text[k];
            if (word.BreakBefore || ActionVocabulary.PhraseEnds.Contains(word.Lower))
            {
                return null;
            }

            if (ActionVocabulary.VagueAmounts.Contains(word.Lower))
            {
                vagueAmount = vagueAmount < 0 ? k : vagueAmount;
                continue;
            }

            if (ActionVocabulary.GenericObjects.Contains(word.Lower))
            {
                var unmeasured = vagueAmount > 0 && !ActionItemRules.Measure.IsMatch(text.Text);
                var bare = k == text.Count - 1 && AllModifiers(text, 1, k);
                if (!unmeasured && !bare)
                {
                    return null;
                }

                var (start, excerpt) = text.Span(vagueAmount > 0 ? vagueAmount : k, k);
                return new WordingFlaw(ActionItemRules.Vague, FindingSeverity.Warning, start, excerpt,
                    $"'{excerpt}' names an area, not one change: which alert, test or log, on what, and when " +
                    "is it done?",
                    "Name the one addition and what it covers: 'Add an alert when pool usage is above 80% for " +
                    "2 minutes'.");
            }

            if (!ActionVocabulary.Modifiers.Contains(word.Lower))
            {
                // Another noun first ("pool-usage alerting") already narrows the area.
                return null;
            }
        }

        return null;
    }

    // "Fix it", "Clean up", "Rollback"; not "Rotate credentials".
    private static WordingFlaw? TooShort(ActionText text)
    {
        if (text.Count > 2 || text.Count == 0)
        {
            return null;
        }

        var general = ActionVocabulary.GeneralVerbs.Contains(text[0].Lower);
        var empty = text.Count == 2 && ActionVocabulary.EmptyObjects.Contains(text[1].Lower);
        if (text.Count == 2 && !general && !empty)
        {
            return null;
        }

        var (start, excerpt) = text.Span(0, text.Count - 1);
        return new WordingFlaw(ActionItemRules.NoDoneState, FindingSeverity.Warning, start, excerpt,
            $"'{excerpt}' is too short to say what will be true when the item is done.",
            "Name the change and its result: 'Alert on config-load failures per PoP'.");
    }

    private static bool AllModifiers(ActionText text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!ActionVocabulary.Modifiers.Contains(text[k].Lower) && !ActionVocabulary.VagueAmounts.Contains(text[k].Lower))
            {
                return false;
            }
        }

        return true;
    }
}
