using System.Globalization;
using System.Text;
using McpPostmortem.Errors;

namespace McpPostmortem.Storage;

/// <summary>Makes and checks postmortem ids: readable slugs of the incident date and title.</summary>
public static class PostmortemId
{
    /// <summary>Long enough to read, short enough for a file name on every system.</summary>
    public const int MaxLength = 80;

    /// <summary>Makes "2025-07-09-global-502-errors-after-an-edge" from a date and a title.</summary>
    public static string Create(DateOnly incidentDate, string title)
    {
        var slug = new StringBuilder(incidentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var words = Slugify(title).Split('-', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (slug.Length + 1 + word.Length > MaxLength - 4)
            {
                break;
            }

            slug.Append('-').Append(word);
        }

        return slug.ToString();
    }

    /// <summary>True for a plain slug: lowercase letters and digits in runs joined by single hyphens.</summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var plain = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (!plain && !(c == '-' && id[i - 1] != '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws a caller-fixable error unless <paramref name="id"/> is a plain slug.</summary>
    public static string Require(string? id, string argument = "id")
    {
        if (IsValid(id))
        {
            return id!;
        }

        throw new PostmortemException(
            $"'{argument}' must be a postmortem id such as '2025-07-09-edge-502s': lowercase letters, " +
            $"digits and single hyphens, at most {MaxLength} characters. Call list_postmortems to see the ids.");
    }

    private static string Slugify(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(lower);
            }
            else
            {
                // Letters with diacritics keep their letter so "Dvořák" becomes "dvorak", not "dvo-k".
                slug.Append(LatinLetters.ToPlain(c) ?? "-");
            }
        }

        return slug.ToString();
    }
}
