using McpPostmortem.Errors;
using McpPostmortem.Model;

namespace McpPostmortem.Editing;

/// <summary>Adds, changes and removes contributing factors.</summary>
public static class ContributingFactorEditor
{
    public static (Postmortem Postmortem, ContributingFactor Factor) Add(
        Postmortem postmortem, string title, string category, IReadOnlyList<string> points)
    {
        if (postmortem.ContributingFactors.Count >= Limits.MaxListItems)
        {
            throw new PostmortemException($"A postmortem holds at most {Limits.MaxListItems} contributing factors.");
        }

        var (id, numbered) = ItemIds.Next(postmortem, "cf", postmortem.ContributingFactors.Select(f => f.Id));
        var factor = new ContributingFactor
        {
            Id = id,
            Title = Input.Text(title, "title", Limits.MaxTextLength, required: true),
            Category = Input.Text(category, "category", Limits.MaxLineLength).ToLowerInvariant(),
            Points = Input.Lines(points, "points", Limits.MaxItemsPerCall),
        };
        return (numbered with { ContributingFactors = [.. postmortem.ContributingFactors, factor] }, factor);
    }

    /// <summary>Changes a factor; empty title or category keep theirs, a non-empty points list replaces.</summary>
    public static Postmortem Update(
        Postmortem postmortem, string factorId, string title, string category, IReadOnlyList<string> points)
    {
        var index = IndexOf(postmortem, factorId);
        var factor = postmortem.ContributingFactors[index];
        var changed = factor with
        {
            Title = string.IsNullOrWhiteSpace(title) ? factor.Title : Input.Text(title, "title", Limits.MaxTextLength),
            Category = string.IsNullOrWhiteSpace(category)
                ? factor.Category
                : Input.Text(category, "category", Limits.MaxLineLength).ToLowerInvariant(),
            Points = points.Count == 0 ? factor.Points : Input.Lines(points, "points", Limits.MaxItemsPerCall),
        };
        var factors = postmortem.ContributingFactors.ToList();
        factors[index] = changed;
        return postmortem with { ContributingFactors = factors };
    }

    public static Postmortem Remove(Postmortem postmortem, string factorId)
    {
        var index = IndexOf(postmortem, factorId);
        var factors = postmortem.ContributingFactors.Where((_, i) => i != index).ToList();
        return postmortem with { ContributingFactors = factors };
    }

    private static int IndexOf(Postmortem postmortem, string factorId)
    {
        for (var i = 0; i < postmortem.ContributingFactors.Count; i++)
        {
            if (postmortem.ContributingFactors[i].Id == factorId)
            {
                return i;
            }
        }

        throw new PostmortemException(
            $"No contributing factor has id '{factorId}'. get_postmortem lists them with their ids (cf-1, cf-2, ...).");
    }
}
