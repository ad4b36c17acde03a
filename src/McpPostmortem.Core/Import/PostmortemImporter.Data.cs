using McpPostmortem.Editing;
using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Serialization;
using McpPostmortem.Timeline;

namespace McpPostmortem.Import;

/// <summary>
/// Restores what the layout does not show from the hidden document data of a default render: ids,
/// event sources and original times, factor categories, action-item classes, debrief ids and the
/// review record. Items are found by the text the document shows; an edited item keeps what the
/// table said, and the notices say so.
/// </summary>
public sealed partial class PostmortemImporter
{
    private readonly HashSet<string> _guessedClasses = new(StringComparer.Ordinal);
    private int _actionTableLine = -1;
    private string _actionSection = "Action items";

    private void ApplyData()
    {
        var data = _data ?? new DocumentData();
        var p = _postmortem;
        var timeline = Restore(p.Timeline, data.Timeline, "ev", e => e.Description, e => e.Id,
            (e, id) => e with { Id = id },
            (e, d) => d.Time is not { } exact || Math.Abs((exact - e.Time).TotalSeconds) < 60,
            (e, d) => e with
            {
                Id = d.Id,
                Time = d.Time ?? e.Time,
                // The data leaves out default values; a matched item takes them from there too.
                Source = EnumNames.Parse<EventSource>(d.Source) ?? EventSource.Other,
                OriginalTime = d.OriginalTime ?? "",
                OriginalOffset = d.OriginalOffset ?? "+00:00",
                OriginalText = d.OriginalText ?? "",
            },
            out var lostEvents);
        var factors = Restore(p.ContributingFactors, data.ContributingFactors, "cf", f => f.Title, f => f.Id,
            (f, id) => f with { Id = id }, (_, _) => true,
            (f, d) => f with { Id = d.Id, Category = d.Category ?? "" }, out var lostFactors);
        var actions = Restore(p.ActionItems, data.ActionItems, "ai", a => a.Action, a => a.Id,
            (a, id) => a with { Id = id }, (_, _) => true,
            (a, d) =>
            {
                var itemClass = EnumNames.Parse<ActionItemClass>(d.Class);
                if (itemClass is not null)
                {
                    _guessedClasses.Remove(a.Id);
                }

                return a with { Id = d.Id, Class = itemClass ?? a.Class };
            },
            out var lostActions);
        var debriefs = Restore(p.Debriefs, data.Debriefs, "db", d => d.Responder, d => d.Id,
            (d, id) => d with { Id = id }, (_, _) => true, (d, item) => d with { Id = item.Id }, out _);
        _postmortem = p with
        {
            Timeline = TimelineEditor.Sort(timeline),
            ContributingFactors = factors,
            ActionItems = actions,
            Debriefs = debriefs,
            Review = data.Review ?? p.Review,
        };

        if (_data is not null && lostEvents + lostFactors + lostActions > 0)
        {
            _notices.Add(new ImportNotice("document", 0, $"{lostEvents} timeline events, {lostFactors} contributing " +
                $"factors and {lostActions} action items differ from the hidden document data (edited after " +
                "rendering), so their sources, categories or classes were not restored."));
        }

        if (_guessedClasses.Count > 0)
        {
            _notices.Add(new ImportNotice(_actionSection, _actionTableLine + 1, $"{_guessedClasses.Count} action " +
                "item(s) carry no class; they were imported as 'prevent'. Set each one's class (investigate, " +
                "mitigate, repair, detect, prevent) with update_action_item."));
        }
    }

    /// <summary>
    /// Gives each item the hidden data whose key matches its visible text (first unused one that fits),
    /// and a fresh id to each item without, so restored and new ids never clash.
    /// </summary>
    private static List<T> Restore<T>(
        IReadOnlyList<T> items,
        IReadOnlyList<DocumentDataItem> data,
        string prefix,
        Func<T, string> text,
        Func<T, string> id,
        Func<T, string, T> withId,
        Func<T, DocumentDataItem, bool> fits,
        Func<T, DocumentDataItem, T> apply,
        out int unmatched)
    {
        var used = new bool[data.Count];
        var restored = new List<T>(items.Count);
        var matched = new bool[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var key = DocumentData.Key(text(items[i]));
            var index = Enumerable.Range(0, data.Count)
                .FirstOrDefault(j => !used[j] && data[j].Key == key && fits(items[i], data[j]), -1);
            if (index >= 0)
            {
                used[index] = true;
                matched[i] = true;
                restored.Add(apply(items[i], data[index]));
            }
            else
            {
                restored.Add(items[i]);
            }
        }

        unmatched = matched.Count(m => !m);
        var taken = restored.Where((_, i) => matched[i]).Select(id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < restored.Count; i++)
        {
            if (!matched[i] && (taken.Contains(id(restored[i])) || data.Count > 0))
            {
                var fresh = ItemIds.Next(prefix, taken);
                restored[i] = withId(restored[i], fresh);
            }

            taken.Add(id(restored[i]));
        }

        return restored;
    }
}
