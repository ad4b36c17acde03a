using McpPostmortem.Model;

namespace McpPostmortem.Linting;

/// <summary>
/// Finds blame language in postmortem text and says how to write it blamelessly. Never throws on
/// user text: any input gives a list of findings, possibly empty.
/// </summary>
public sealed class BlameLinter
{
    private readonly IReadOnlyList<BlameRule> _rules;

    public BlameLinter()
        : this(BlameRules.All)
    {
    }

    public BlameLinter(IReadOnlyList<BlameRule> rules)
    {
        _rules = rules;
    }

    /// <summary>Lints free text (plain or Markdown); locations are lines and columns.</summary>
    public IReadOnlyList<LintFinding> LintText(string text)
    {
        var findings = new List<LintFinding>();
        foreach (var (start, length, rule) in Match(text ?? ""))
        {
            var (line, column) = LineColumn(text!, start);
            findings.Add(Finding(rule, text!, start, length, new LintLocation
            {
                Start = start,
                Length = length,
                Line = line,
                Column = column,
            }));
        }

        return findings;
    }

    /// <summary>Lints every text field of a postmortem; locations name the section and item.</summary>
    public IReadOnlyList<LintFinding> LintPostmortem(Postmortem postmortem)
    {
        var findings = new List<LintFinding>();
        foreach (var field in PostmortemFields.Enumerate(postmortem))
        {
            foreach (var (start, length, rule) in Match(field.Text))
            {
                var (line, column) = LineColumn(field.Text, start);
                findings.Add(Finding(rule, field.Text, start, length, new LintLocation
                {
                    Section = field.Section,
                    ItemId = field.ItemId,
                    Field = field.Field,
                    Start = start,
                    Length = length,
                    Line = line,
                    Column = column,
                }));
            }
        }

        return findings;
    }

    private List<(int Start, int Length, BlameRule Rule)> Match(string text)
    {
        var matches = new List<(int Start, int Length, BlameRule Rule)>();
        foreach (var rule in _rules)
        {
            foreach (var match in rule.Pattern.EnumerateMatches(text))
            {
                matches.Add((match.Index, match.Length, rule));
            }
        }

        return matches;
    }

    private static LintFinding Finding(BlameRule rule, string text, int start, int length, LintLocation location) =>
        new()
        {
            RuleId = rule.RuleId,
            Category = rule.Category,
            Severity = FindingSeverity.Error,
            Message = rule.Message,
            Suggestion = rule.Suggestion,
            Excerpt = text.Substring(start, length),
            Location = location,
        };

    private static (int Line, int Column) LineColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
