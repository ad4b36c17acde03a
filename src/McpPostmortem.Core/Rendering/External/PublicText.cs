using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using McpPostmortem.Model;

namespace McpPostmortem.Rendering.External;

/// <summary>
/// Makes free text fit for a customer-facing document, one call of the <c>public_text</c> template
/// function at a time, and keeps a report of what it did. It replaces, as whole tokens and never
/// inside other words: the people the postmortem itself names (authors, action-item owners,
/// debrief responders and chat senders in the timeline; names case-sensitively, each part of a
/// personal name too), e-mail addresses, @handles and #channels, links, host names and IP
/// addresses, ports, file paths, ticket keys, code spans and snake_case or numbered names, and
/// money amounts. What it cannot judge, it lists as warnings: capitalised words inside sentences
/// (a person or customer named only in prose), hyphenated terms (a service name), and name parts
/// replaced at the start of a sentence (where "Page" may be a word, not a surname).
/// </summary>
public sealed class PublicText
{
    /// <summary>What a person's or team's name becomes.</summary>
    public const string PersonReplacement = "our team";

    private static readonly IReadOnlyDictionary<RedactionKind, string> Replacements =
        new Dictionary<RedactionKind, string>
        {
            [RedactionKind.Person] = PersonReplacement,
            [RedactionKind.Contact] = PersonReplacement,
            [RedactionKind.Link] = "an internal link",
            [RedactionKind.Host] = "an internal system",
            [RedactionKind.Port] = "an internal port",
            [RedactionKind.Path] = "an internal path",
            [RedactionKind.Ticket] = "an internal ticket",
            [RedactionKind.Identifier] = "an internal system",
            [RedactionKind.Money] = "an undisclosed amount",
        };

    private static readonly (Func<Regex> Pattern, RedactionKind Kind, Func<string, bool> Keep)[] Detectors =
    [
        (PublicTextPatterns.Email, RedactionKind.Contact, _ => true),
        (PublicTextPatterns.Url, RedactionKind.Link, _ => true),
        (PublicTextPatterns.Handle, RedactionKind.Contact, _ => true),
        (PublicTextPatterns.IPv4, RedactionKind.Host, _ => true),
        (PublicTextPatterns.IPv6, RedactionKind.Host, IsIPv6),
        (PublicTextPatterns.Money, RedactionKind.Money, _ => true),
        (PublicTextPatterns.Port, RedactionKind.Port, _ => true),
        (PublicTextPatterns.Ticket, RedactionKind.Ticket, _ => true),
        (PublicTextPatterns.DottedName, RedactionKind.Host, IsDottedName),
        (PublicTextPatterns.FilePath, RedactionKind.Path, IsPath),
        (PublicTextPatterns.Identifier, RedactionKind.Identifier, IsIdentifier),
    ];

    private static readonly HashSet<string> CalendarWords = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames
            .Concat(CultureInfo.InvariantCulture.DateTimeFormat.DayNames)
            .Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames)
            .Where(n => n.Length > 0),
        StringComparer.Ordinal);

    private readonly List<KnownName> _names = [];
    private readonly string _revenue;
    private readonly Dictionary<(RedactionKind Kind, string Text, string Replacement), int> _counts = [];
    private readonly SortedSet<string> _capitalised = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _hyphenated = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _sentenceStarts = new(StringComparer.Ordinal);
    private bool _used;

    /// <summary>Collects the people the postmortem names and its revenue figure.</summary>
    public PublicText(Postmortem postmortem)
    {
        foreach (var author in postmortem.Authors)
        {
            AddName(author.Name, alwaysPerson: true);
        }

        foreach (var item in postmortem.ActionItems)
        {
            AddName(item.Owner, alwaysPerson: false);
        }

        foreach (var debrief in postmortem.Debriefs)
        {
            AddName(debrief.Responder, alwaysPerson: false);
        }

        foreach (var e in postmortem.Timeline.Where(e => e.OriginalText.Length > 0))
        {
            // Pasted chat lines become "Sender: text"; the sender is a person in the incident. The
            // source is not asked: a chat line marked as the acknowledgement may since say "pager",
            // and its sender is no less a person. A sender named in the pasted line is the test.
            var colon = e.Description.IndexOf(": ", StringComparison.Ordinal);
            if (colon is > 0 and <= 40
                && e.OriginalText.Contains(e.Description[..colon], StringComparison.Ordinal))
            {
                AddName(e.Description[..colon], alwaysPerson: true);
            }
        }

        _names.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
        _revenue = postmortem.Impact.RevenueImpact.Trim();
    }

    /// <summary>What was replaced, by kind and text, with how often.</summary>
    public IReadOnlyList<Redaction> Redactions => [.. _counts
        .OrderBy(c => c.Key.Kind).ThenBy(c => c.Key.Text, StringComparer.Ordinal)
        .Select(c => new Redaction(c.Key.Kind, c.Key.Text, c.Key.Replacement, c.Value))];

    /// <summary>What the redaction could not judge, for a person to check before sharing.</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            if (!_used)
            {
                return [];
            }

            var warnings = new List<string>
            {
                "Redaction is by pattern and by the names the postmortem records. It cannot recognise a person, " +
                "customer or internal system named only in prose, so read the output before it is shared.",
            };
            if (_capitalised.Count > 0)
            {
                warnings.Add("Capitalised words inside sentences, which may name a person, customer or internal " +
                    $"system: {string.Join(", ", _capitalised)}.");
            }

            if (_hyphenated.Count > 0)
            {
                warnings.Add("Hyphenated terms, which may name an internal service: " +
                    $"{string.Join(", ", _hyphenated)}.");
            }

            foreach (var part in _sentenceStarts)
            {
                warnings.Add($"'{part}' (part of a name in the postmortem) was replaced at the start of a sentence, " +
                    "where it may be an ordinary word; check the sentence.");
            }

            return warnings;
        }
    }

    /// <summary>The text with people, contacts, internal details and money replaced.</summary>
    public string Apply(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        _used = true;
        var delinked = PublicTextPatterns.MarkdownLink().Replace(text, m =>
        {
            Count(RedactionKind.Link, m.Groups["url"].Value, replacement: "");
            return m.Groups["label"].Value;
        });
        var spans = Spans(delinked);
        var output = new StringBuilder(delinked.Length);
        var position = 0;
        foreach (var span in spans)
        {
            output.Append(delinked, position, span.Start - position);
            DropArticle(output);
            var replacement = Replacements[span.Kind];
            if (AtSentenceStart(output))
            {
                replacement = char.ToUpperInvariant(replacement[0]) + replacement[1..];
                if (span.NamePart)
                {
                    _sentenceStarts.Add(delinked.Substring(span.Start, span.Length));
                }
            }

            output.Append(replacement);
            Count(span.Kind, delinked.Substring(span.Start, span.Length), Replacements[span.Kind]);
            position = span.Start + span.Length;
        }

        var result = Collapse(output.Append(delinked, position, delinked.Length - position).ToString());
        CollectWarnings(result);
        return result;
    }

    private void AddName(string phrase, bool alwaysPerson)
    {
        var name = phrase.Trim();
        if (name.Length < 2)
        {
            return;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var personal = IsPersonalName(words);
        _names.Add(new KnownName(name, CaseSensitive: personal, NamePart: false));
        if (!personal && !alwaysPerson)
        {
            return;
        }

        foreach (var word in words.Where(w => w.Length >= 2 && char.IsUpper(w[0]) && !w.EndsWith('.')))
        {
            _names.Add(new KnownName(word, CaseSensitive: true, NamePart: words.Length > 1));
        }
    }

    /// <summary>"Maria Schmidt", "Dr. Ana de la Cruz", "Ji-ho Park": capitalised words, particles, titles.</summary>
    private static bool IsPersonalName(string[] words) =>
        words.Any(IsTitleCase)
        && words.All(w => IsTitleCase(w) || w.EndsWith('.') || (w.Length <= 3 && w.All(char.IsLower)));

    private static bool IsTitleCase(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);

    private List<Span> Spans(string text)
    {
        var candidates = new List<Span>();
        foreach (var (pattern, kind, keep) in Detectors)
        {
            foreach (Match match in pattern().Matches(text))
            {
                var value = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '"');
                if (value.Length > 0 && keep(value))
                {
                    candidates.Add(new Span(match.Index, value.Length, kind, NamePart: false));
                }
            }
        }

        foreach (var name in _names)
        {
            AddOccurrences(candidates, text, name.Text, name.CaseSensitive, RedactionKind.Person, name.NamePart);
        }

        if (_revenue.Length > 0)
        {
            AddOccurrences(candidates, text, _revenue, caseSensitive: false, RedactionKind.Money, namePart: false);
        }

        // Earliest first, longest first at the same start; a span inside a taken one is dropped.
        var taken = new List<Span>();
        foreach (var span in candidates.OrderBy(s => s.Start).ThenByDescending(s => s.Length)
            .ThenBy(s => s.Kind == RedactionKind.Person ? 0 : 1))
        {
            if (taken.Count == 0 || span.Start >= taken[^1].Start + taken[^1].Length)
            {
                taken.Add(span);
            }
        }

        return taken;
    }

    private static void AddOccurrences(List<Span> spans, string text, string phrase, bool caseSensitive,
        RedactionKind kind, bool namePart)
    {
        var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var start = text.IndexOf(phrase, comparison);
        while (start >= 0)
        {
            var end = start + phrase.Length;
            if ((start == 0 || !IsWordChar(text[start - 1])) && (end == text.Length || !IsWordChar(text[end])))
            {
                spans.Add(new Span(start, phrase.Length, kind, namePart));
            }

            start = text.IndexOf(phrase, start + 1, comparison);
        }
    }

    /// <summary>Letters, digits, '_' and '-' join a word: "Page" is not in "Pages" nor in "Page-load".</summary>
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';

    private static bool IsIPv6(string value) =>
        value.Count(c => c == ':') >= 2 && (value.Contains("::", StringComparison.Ordinal)
            || value.Any(c => c is >= 'a' and <= 'f' or >= 'A' and <= 'F'));

    /// <summary>A dotted name ends in a label of two or more characters starting with a letter.</summary>
    private static bool IsDottedName(string value)
    {
        var name = value.Split(':')[0];
        var labels = name.Split('.');
        return labels.Length > 1 && labels[^1].Length >= 2 && char.IsLetter(labels[^1][0])
            && labels.Any(l => l.Any(char.IsLetter));
    }

    private static bool IsPath(string value) =>
        value.Any(char.IsLetter)
        && (value.Count(c => c is '/' or '\\') > 1 || value.TrimStart('~', '.', '/').Length >= 3);

    /// <summary>Code spans and snake_case always; a hyphenated name only with a digit ("pay-gw-02").</summary>
    private static bool IsIdentifier(string value) =>
        value.StartsWith('`') || value.Contains('_', StringComparison.Ordinal) || value.Any(char.IsAsciiDigit);

    /// <summary>"the Observability lead" becomes "our team", not "the our team".</summary>
    private static void DropArticle(StringBuilder output)
    {
        foreach (var article in (string[])["the ", "a ", "an "])
        {
            var start = output.Length - article.Length;
            if (start >= 0 && (start == 0 || !char.IsLetterOrDigit(output[start - 1]))
                && string.Equals(output.ToString(start, article.Length), article, StringComparison.OrdinalIgnoreCase))
            {
                output.Length = start;
                return;
            }
        }
    }

    private static bool AtSentenceStart(StringBuilder output)
    {
        var i = output.Length - 1;
        while (i >= 0 && output[i] is ' ' or '\t' or '*' or '_' or '(' or '"')
        {
            i--;
        }

        return i < 0 || output[i] is '.' or '!' or '?' or '\n' or ':';
    }

    private void Count(RedactionKind kind, string text, string replacement)
    {
        if (text.Length > 0)
        {
            _counts[(kind, text, replacement)] = _counts.GetValueOrDefault((kind, text, replacement)) + 1;
        }
    }

    /// <summary>"our team and our team", "an internal system (an internal system)" become one.</summary>
    private static string Collapse(string text)
    {
        var result = text;
        foreach (var phrase in Replacements.Values.Distinct())
        {
            foreach (var joiner in (string[])[" (", " and ", ", ", "/", " or "])
            {
                var close = joiner == " (" ? ")" : "";
                foreach (var first in (string[])[phrase, char.ToUpperInvariant(phrase[0]) + phrase[1..]])
                {
                    var pair = first + joiner + phrase + close;
                    while (result.Contains(pair, StringComparison.Ordinal))
                    {
                        result = result.Replace(pair, first, StringComparison.Ordinal);
                    }
                }
            }
        }

        return result;
    }

    private void CollectWarnings(string text)
    {
        var words = PublicTextPatterns.Word().Matches(text).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            if (char.IsLower(word[0]))
            {
                _hyphenated.Add(word);
                continue;
            }

            var start = words[i].Index;
            var before = text[..start].TrimEnd(' ', '\t', '*', '_', '(', '"');
            var sentenceStart = before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n' or ':';
            if (sentenceStart || word.All(c => !char.IsLower(c)) || CalendarWords.Contains(word) || word == "I"
                || Replacements.Values.Any(r => r.StartsWith(word, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // Consecutive capitalised words read as one name: "Sam Lee", "Acme Corp".
            var phrase = word;
            while (i + 1 < words.Count && char.IsUpper(words[i + 1].Value[0])
                && words[i + 1].Index == words[i].Index + words[i].Length + 1)
            {
                i++;
                phrase += " " + words[i].Value;
            }

            _capitalised.Add(phrase);
        }
    }

    private sealed record KnownName(string Text, bool CaseSensitive, bool NamePart);

    private sealed record Span(int Start, int Length, RedactionKind Kind, bool NamePart);
}
