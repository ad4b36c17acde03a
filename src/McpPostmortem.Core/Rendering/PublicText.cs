using System.Text;
using McpPostmortem.Model;

namespace McpPostmortem.Rendering;

/// <summary>
/// Makes free text safe for a customer-facing document: every author name (and each part of it),
/// every action item owner and the revenue figure are replaced, as whole words, wherever they occur.
/// The structured fields that hold people and internals are never rendered by the external template;
/// this catches the same strings when they were also written into prose.
/// </summary>
public sealed class PublicText
{
    /// <summary>What a person's or team's name becomes.</summary>
    public const string PersonReplacement = "our team";

    /// <summary>What a revenue figure becomes.</summary>
    public const string RevenueReplacement = "(not disclosed)";

    private readonly IReadOnlyList<(string Text, string Replacement)> _replacements;

    /// <summary>Collects the names, owners and revenue figure of one postmortem.</summary>
    public PublicText(Postmortem postmortem)
    {
        var replacements = new List<(string, string)>();
        foreach (var author in postmortem.Authors)
        {
            replacements.Add((author.Name.Trim(), PersonReplacement));
            foreach (var part in author.Name.Split(' ',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // Initials and particles ("J.", "de") are too short to name anyone and too common to replace.
                if (part.Length >= 3)
                {
                    replacements.Add((part, PersonReplacement));
                }
            }
        }

        foreach (var item in postmortem.ActionItems)
        {
            replacements.Add((item.Owner.Trim(), PersonReplacement));
        }

        replacements.Add((postmortem.Impact.RevenueImpact.Trim(), RevenueReplacement));
        _replacements = replacements
            .Where(r => r.Item1.Length > 0)
            .DistinctBy(r => r.Item1, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(r => r.Item1.Length)
            .ToList();
    }

    /// <summary>The text with every collected name, owner and revenue figure replaced.</summary>
    public string Apply(string text)
    {
        var result = text;
        foreach (var (needle, replacement) in _replacements)
        {
            result = ReplaceWholeWord(result, needle, replacement);
        }

        return result;
    }

    private static string ReplaceWholeWord(string text, string needle, string replacement)
    {
        var output = new StringBuilder(text.Length);
        var start = 0;
        while (start < text.Length)
        {
            var found = text.IndexOf(needle, start, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                break;
            }

            var end = found + needle.Length;
            var whole = (found == 0 || !char.IsLetterOrDigit(text[found - 1]))
                && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            output.Append(text, start, found - start).Append(whole ? replacement : text[found..end]);
            start = end;
        }

        return output.Append(text, start, text.Length - start).ToString();
    }
}
