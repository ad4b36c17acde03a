using System.Runtime.CompilerServices;
using McpPostmortem.Model;

namespace McpPostmortem.Linting;

/// <summary>
/// Finds blame language in postmortem text and says how to write it blamelessly. Works on language,
/// not a word list: each phrase names who must be its actor (a person, not a system), and negation,
/// quotation and talk about the review itself are read before a finding is made. Never throws on user
/// text: any input gives a list of findings, possibly empty.
/// </summary>
public sealed class BlameLinter
{
    private const string RootCauseFraming = "root-cause-framing";

    private static readonly IReadOnlySet<string> NoPeople = new HashSet<string>();

    private static readonly HashSet<string> ExplainableCategories =
        new(["omission-framing", "rule-violation", "motive-effort", "lapse-deficiency"], StringComparer.Ordinal);

    private static readonly HashSet<string> SanctionableCategories =
        new(["omission-framing", "rule-violation", "person-as-cause"], StringComparer.Ordinal);

    private readonly Dictionary<string, List<CompiledPhrase>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<CompiledPhrase> _unindexed = [];
    private readonly List<CompiledPhrase> _byPossessive = [];
    private readonly BlameConfig _config;

    /// <summary>The built-in rules with no team adjustments.</summary>
    public BlameLinter()
        : this(BlameConfig.Empty)
    {
    }

    /// <summary>The built-in rules plus a team's configuration.</summary>
    public BlameLinter(BlameConfig config)
    {
        _config = config;
        foreach (var phrase in BlameRules.All.Concat(config.Phrases))
        {
            var compiled = CompiledPhrase.TryCompile(phrase, out var error)
                ?? throw new ArgumentException($"Bad blame phrase '{phrase.Pattern}': {error}", nameof(config));
            if (compiled.FirstWords is { } words)
            {
                // A hyphenated first word ("slip-up") is also looked up by its first part, for text that
                // spaces it ("slip up"); a hyphenated word in text is looked up by its first part too.
                foreach (var word in words.Concat(words.Where(w => w.Contains('-', StringComparison.Ordinal))
                    .Select(w => w[..w.IndexOf('-', StringComparison.Ordinal)])).Distinct(StringComparer.Ordinal))
                {
                    if (!_byFirstWord.TryGetValue(word, out var list))
                    {
                        _byFirstWord[word] = list = [];
                    }

                    list.Add(compiled);
                }
            }
            else if (compiled.StartsWithPossessive)
            {
                _byPossessive.Add(compiled);
            }
            else
            {
                _unindexed.Add(compiled);
            }
        }
    }

    /// <summary>Lints free text (plain or Markdown); locations are lines and columns.</summary>
    public IReadOnlyList<LintFinding> LintText(string text) => LintText(text, NoPeople);

    /// <summary>Lints free text, counting the given names (lowercase first or last names) as people.</summary>
    public IReadOnlyList<LintFinding> LintText(string text, IReadOnlySet<string> knownPeople)
    {
        text ??= "";
        var findings = new List<LintFinding>();
        var lines = new LineIndex(text);
        foreach (var match in Analyze(text, knownPeople ?? NoPeople))
        {
            findings.Add(match.ToFinding(Place(new LintLocation(), lines, match)));
        }

        return findings;
    }

    /// <summary>Lints every text field of a postmortem; locations name the section and item.</summary>
    public IReadOnlyList<LintFinding> LintPostmortem(Postmortem postmortem)
    {
        var findings = new List<LintFinding>();
        var people = KnownPeople(postmortem);
        foreach (var field in PostmortemFields.Enumerate(postmortem))
        {
            var text = field.Text ?? "";
            var lines = new LineIndex(text);
            foreach (var match in Analyze(text, people))
            {
                var location = new LintLocation { Section = field.Section, ItemId = field.ItemId, Field = field.Field };
                findings.Add(match.ToFinding(Place(location, lines, match)));
            }
        }

        return findings;
    }

    // The span's first character and the one just past its last: a sentence wrapped over lines ends on
    // a later line, and its end column stays inside that line.
    private static LintLocation Place(LintLocation location, LineIndex lines, BlameMatch match)
    {
        var (line, column) = lines.Locate(match.Start);
        var (endLine, endColumn) = lines.Locate(match.Start + match.Length);
        return location with
        {
            Start = match.Start,
            Length = match.Length,
            Line = line,
            Column = column,
            EndLine = endLine,
            EndColumn = endColumn,
        };
    }

    /// <summary>
    /// The people a postmortem names: authors, action-item owners, and the people who act in its
    /// timeline ("Kiran paged the DB team"), by each part of the name, lowercase.
    /// </summary>
    public static IReadOnlySet<string> KnownPeople(Postmortem postmortem)
    {
        var people = new HashSet<string>(StringComparer.Ordinal);
        var names = postmortem.Authors.Select(a => a.Name).Concat(postmortem.ActionItems.Select(a => a.Owner));
        foreach (var name in names)
        {
            foreach (var part in (name ?? "").Split([' ', ',', '@', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            {
                var lower = part.ToLowerInvariant();
                if (part.Length > 1 && char.IsUpper(part[0]) && !Lexicon.RoleNouns.Contains(lower)
                    && !Lexicon.SystemNouns.Contains(lower) && !Lexicon.NotNames.Contains(lower))
                {
                    people.Add(lower);
                }
            }
        }

        foreach (var timelineEvent in postmortem.Timeline)
        {
            AddNamedActors(timelineEvent.Description ?? "", people);
        }

        return people;
    }

    // A timeline step names its actor where a subject stands; that name then counts as a person in
    // every other section too ("Kiran's change" in the factors, "Kiran" opening a sentence).
    private static void AddNamedActors(string text, HashSet<string> people)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var person = ActorClassifier.FindPeople(text, tokens, people);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (person[i] && tokens[i].IsCapitalized && !tokens[i].IsAllCaps
                && !Lexicon.PersonPronouns.Contains(tokens[i].Word) && !Lexicon.RoleNouns.Contains(tokens[i].Word))
            {
                people.Add(tokens[i].Word);
            }
        }
    }

    // The linter's hot paths (here and in CompiledPhrase, SentenceView, ActorClassifier, Tokenizer) are
    // compiled optimized at once: a `lint` run over 1 MB ends before tier-0 code would be replaced,
    // and skipping it cut that run's CPU time by about a quarter.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<BlameMatch> Analyze(string text, IReadOnlySet<string> knownPeople)
    {
        var matches = new List<BlameMatch>();
        try
        {
            var tokens = Tokenizer.Tokenize(text, 0, text.Length);
            var first = 0;
            for (var i = 0; i <= tokens.Count; i++)
            {
                if (i < tokens.Count && !IsSentenceEnd(tokens, i))
                {
                    continue;
                }

                if (i > first)
                {
                    var sentenceTokens = tokens.GetRange(first, i - first);
                    var end = i < tokens.Count ? tokens[i].Start + tokens[i].Length : text.Length;
                    var sentence = new SentenceView(text, sentenceTokens[0].Start, end, sentenceTokens, knownPeople);
                    AnalyzeSentence(sentence, matches);
                }

                first = i + 1;
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            // The linter never throws on user text; a fault in one document gives no findings.
            return matches;
        }

        return matches;
    }

    private static bool IsSentenceEnd(List<TextToken> tokens, int i)
    {
        var token = tokens[i];
        if (token.IsWord)
        {
            return false;
        }

        return token.Word switch
        {
            Tokenizer.ParagraphBreak or "!" or "?" => true,
            // "e.g." and "i.e." and single initials do not end a sentence.
            "." => i == 0 || !tokens[i - 1].IsWord || tokens[i - 1].Word.Length > 1,
            _ => false,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AnalyzeSentence(SentenceView sentence, List<BlameMatch> matches)
    {
        if (sentence.IsMeta || sentence.IsIgnored)
        {
            return;
        }

        var taken = new List<(string Category, int Start, int End)>();
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            var token = sentence.Tokens[i];
            if (!token.IsWord)
            {
                continue;
            }

            if (_byFirstWord.TryGetValue(token.Word, out var candidates))
            {
                TryPhrases(sentence, i, candidates, taken, matches);
            }

            var hyphen = token.Word.IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0 && _byFirstWord.TryGetValue(token.Word[..hyphen], out var partCandidates))
            {
                TryPhrases(sentence, i, partCandidates, taken, matches);
            }

            if (CompiledPhrase.IsPossessiveForm(token))
            {
                TryPhrases(sentence, i, _byPossessive, taken, matches);
            }

            TryPhrases(sentence, i, _unindexed, taken, matches);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TryPhrases(
        SentenceView sentence,
        int start,
        List<CompiledPhrase> candidates,
        List<(string Category, int Start, int End)> taken,
        List<BlameMatch> matches)
    {
        foreach (var phrase in candidates)
        {
            // One finding per category and sentence: a second phrase of the same kind adds noise, not news.
            var category = phrase.Phrase.Category;
            if (taken.Any(t => t.Category == category))
            {
                continue;
            }

            var end = phrase.MatchAt(sentence, start);
            if (end <= start || !Accept(sentence, phrase.Phrase, start, end))
            {
                continue;
            }

            var match = Build(sentence, phrase.Phrase, start, end);
            if (match is not null)
            {
                taken.Add((category, start, end));
                matches.Add(match);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Accept(SentenceView sentence, BlamePhrase phrase, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (sentence.Tokens[i].IsQuoted)
            {
                return false;
            }
        }

        if (!Lexicon.Negators.Contains(sentence.Tokens[start].Word) && sentence.IsNegatedBefore(start))
        {
            return false;
        }

        if (phrase.Category == RootCauseFraming && sentence.IsHeadingAt(start, end))
        {
            // "## Root cause" or "**Root cause:**" names the section the template writes; it frames nothing.
            return false;
        }

        if (IsNegatedAfter(sentence, end) || IsHypothetical(sentence, start))
        {
            return false;
        }

        var actorFits = phrase.Actor switch
        {
            Actor.Any => true,
            Actor.Person => sentence.SubjectBefore(start) == SubjectKind.Person || sentence.HasPersonAgentAfter(end),
            Actor.PersonOrPossessive => sentence.SubjectBefore(start, possessiveCounts: true) == SubjectKind.Person
                || sentence.HasPersonAgentAfter(end),
            Actor.PersonInSentence => sentence.HasPerson,
            Actor.NotSystem => sentence.SubjectBefore(start) is SubjectKind.Person or SubjectKind.Unknown
                || sentence.HasPersonAgentAfter(end),
            Actor.NotEvidence => sentence.SubjectBefore(start) != SubjectKind.Evidence
                && !sentence.HasEvidenceAfter(end) && !sentence.IsEvidentialReport(start),
            Actor.PersonAgent => sentence.HasPersonAgentAfter(end),
            _ => false,
        };
        if (!actorFits)
        {
            return false;
        }

        // A planned or allowed act ("took the cluster down, as planned") is not an omission, a violation
        // or a cause to blame; judgments and labels stay blame whatever the plan.
        if (SanctionableCategories.Contains(phrase.Category) && sentence.IsSanctioned)
        {
            return false;
        }

        // "took the replica offline to rebuild its index": a purpose makes the act a step of the work.
        if (phrase.Category == "person-as-cause" && sentence.HasPurposeAfter(end))
        {
            return false;
        }

        // "skipped the canary because the runbook marked it optional": the act is explained by what the
        // system or the situation showed, which is the blameless account DOMAIN.md asks for.
        if (ExplainableCategories.Contains(phrase.Category) && sentence.HasNonPersonReasonAfter(end))
        {
            return false;
        }

        // "Engineers will be able to fail over without waiting for approval": a plan or a permission
        // describes how the work will go, not something a person failed to do.
        if (ExplainableCategories.Contains(phrase.Category) && sentence.IsForwardLooking)
        {
            return false;
        }

        // "didn't notice the warning, which was printed above 300 lines of output": the state of the cue
        // explains a lapse or an omission.
        if (phrase.Category is "lapse-deficiency" or "omission-framing" && sentence.HasDescriptiveClauseAfter(end))
        {
            return false;
        }

        return true;
    }

    // "missed no tickets", "skipped none of the steps": the object negates the verb.
    private static bool IsNegatedAfter(SentenceView sentence, int end) =>
        end < sentence.Tokens.Count && sentence.Tokens[end].Word is "no" or "none" or "nothing" or "zero";

    // "make it impossible to forget the flag", "hard to spot": an infinitive after an adjective of
    // possibility says what could happen, not what someone did.
    private static bool IsHypothetical(SentenceView sentence, int start) =>
        start >= 2 && sentence.Tokens[start - 1].Word == "to"
        && Lexicon.PossibilityAdjectives.Contains(sentence.Tokens[start - 2].Word);

    private BlameMatch? Build(SentenceView sentence, BlamePhrase phrase, int start, int end)
    {
        var category = BlameCategories.Find(phrase.Category);
        if (category is null)
        {
            return null;
        }

        var severity = _config.Severities.TryGetValue(category.Id, out var configured) ? configured : category.Severity;
        if (severity is null)
        {
            return null;
        }

        var spanStart = sentence.Tokens[start].Start;
        var last = sentence.Tokens[end - 1];
        var spanEnd = last.Start + last.Length;
        var excerpt = sentence.Text[spanStart..spanEnd];
        var lowerExcerpt = excerpt.ToLowerInvariant();
        // An allowed term exempts only the findings whose matched words contain it: "allow mistake-proofing"
        // must not hide "It was a simple mistake."
        foreach (var term in _config.AllowedTerms)
        {
            if (ContainsTerm(lowerExcerpt, term))
            {
                return null;
            }
        }

        var suggestion = phrase.Replacement is null
            ? category.Advice
            : Rewrite(sentence, spanStart, spanEnd, phrase.Replacement);
        return new BlameMatch(category, severity.Value, spanStart, spanEnd - spanStart, excerpt, suggestion);
    }

    // Whitespace inside the excerpt (a line break in a wrapped sentence) counts as one space.
    private static bool ContainsTerm(string excerpt, string term) =>
        Collapse(excerpt).Contains(Collapse(term), StringComparison.Ordinal);

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // The mechanical rewrite: the sentence with the matched words replaced, spacing and capitals mended.
    private static string Rewrite(SentenceView sentence, int spanStart, int spanEnd, string replacement)
    {
        var before = sentence.Text[sentence.Start..spanStart];
        var after = sentence.Text[spanEnd..sentence.End];
        if (replacement.Length == 0)
        {
            after = after.TrimStart(',', ' ');
        }

        // Split on every kind of whitespace: a sentence wrapped over lines gives a one-line suggestion.
        var rewritten = Collapse($"{before}{replacement} {after}").Replace(" ,", ",", StringComparison.Ordinal)
            .Replace(" .", ".", StringComparison.Ordinal);
        return rewritten.Length > 0 ? char.ToUpperInvariant(rewritten[0]) + rewritten[1..] : rewritten;
    }
}
