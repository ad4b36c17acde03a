using McpPostmortem.Errors;

namespace McpPostmortem.Linting;

/// <summary>
/// A team's adjustments to the blame linter, read from <see cref="FileName"/> in the postmortems
/// folder. One directive a line; '#' starts a comment:
/// <code>
/// phrase loaded-idiom yeeted          # add a phrase (pattern notation of BlamePhrase) to a category
/// phrase omission-framing person blew through   # optional actor: any, person, not-system
/// phrase loaded-idiom person yeet+    # "yeet+" is every inflection: yeets, yeeted, yeeting
/// allow blast radius                  # never flag a finding whose words contain this term
/// severity hindsight-obviousness warning   # error, warning, info or off
/// </code>
/// </summary>
public sealed record BlameConfig
{
    /// <summary>The file name looked for in the postmortems folder.</summary>
    public const string FileName = ".blamelint";

    /// <summary>No adjustments.</summary>
    public static readonly BlameConfig Empty = new();

    /// <summary>Phrases the team adds to the built-in ones.</summary>
    public IReadOnlyList<BlamePhrase> Phrases { get; init; } = [];

    /// <summary>Terms never flagged (lowercase).</summary>
    public IReadOnlyList<string> AllowedTerms { get; init; } = [];

    /// <summary>Severity per category id; null means the category is switched off.</summary>
    public IReadOnlyDictionary<string, FindingSeverity?> Severities { get; init; } =
        new Dictionary<string, FindingSeverity?>();

    /// <summary>Reads the config file of a postmortems folder; <see cref="Empty"/> when there is none.</summary>
    public static BlameConfig LoadFromFolder(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : Empty;
    }

    /// <summary>Parses config text; a bad line throws a PostmortemException naming the line.</summary>
    public static BlameConfig Parse(string text, string source)
    {
        var phrases = new List<BlamePhrase>();
        var allowed = new List<string>();
        var severities = new Dictionary<string, FindingSeverity?>(StringComparer.Ordinal);
        var lines = (text ?? "").Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = StripComment(lines[n]).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var rest = parts.Length > 1 ? parts[1] : "";
            var error = parts[0].ToLowerInvariant() switch
            {
                "phrase" => AddPhrase(rest, phrases),
                "allow" => AddAllowed(rest, allowed),
                "severity" => AddSeverity(rest, severities),
                var other => $"unknown directive '{other}'; use phrase, allow or severity",
            };
            if (error is not null)
            {
                throw new PostmortemException($"{source}: line {n + 1}: {error}.");
            }
        }

        return new BlameConfig { Phrases = phrases, AllowedTerms = allowed, Severities = severities };
    }

    private static string? AddPhrase(string rest, List<BlamePhrase> phrases)
    {
        var parts = rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return "write 'phrase <category> [any|person|not-system] <words>'";
        }

        if (BlameCategories.Find(parts[0]) is null)
        {
            return $"unknown category '{parts[0]}'; use one of {CategoryList()}";
        }

        var actor = Actor.Any;
        var pattern = parts[1];
        var words = pattern.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var named = words[0].ToLowerInvariant() switch
        {
            "any" => Actor.Any,
            "person" => Actor.Person,
            "not-system" => Actor.NotSystem,
            _ => (Actor?)null,
        };
        if (named is not null && words.Length > 1)
        {
            actor = named.Value;
            pattern = words[1];
        }

        var phrase = new BlamePhrase(parts[0], actor, pattern);
        return CompiledPhrase.TryCompile(phrase, out var error) is null ? $"bad phrase: {error}" : AddTo(phrases, phrase);
    }

    private static string? AddAllowed(string rest, List<string> allowed)
    {
        if (rest.Length == 0)
        {
            return "write 'allow <term>'";
        }

        allowed.Add(rest.ToLowerInvariant());
        return null;
    }

    private static string? AddSeverity(string rest, Dictionary<string, FindingSeverity?> severities)
    {
        var parts = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return "write 'severity <category> error|warning|info|off'";
        }

        var id = parts[0].StartsWith("blame/", StringComparison.Ordinal) || parts[0].StartsWith("advice/",
            StringComparison.Ordinal) ? parts[0][(parts[0].IndexOf('/', StringComparison.Ordinal) + 1)..] : parts[0];
        if (BlameCategories.Find(id) is null)
        {
            return $"unknown category '{parts[0]}'; use one of {CategoryList()}";
        }

        FindingSeverity? severity = parts[1].ToLowerInvariant() switch
        {
            "error" => FindingSeverity.Error,
            "warning" => FindingSeverity.Warning,
            "info" => FindingSeverity.Info,
            "off" => null,
            _ => FindingSeverity.Info - 1,
        };
        if (severity < FindingSeverity.Info)
        {
            return $"unknown severity '{parts[1]}'; use error, warning, info or off";
        }

        severities[id] = severity;
        return null;
    }

    private static string? AddTo(List<BlamePhrase> phrases, BlamePhrase phrase)
    {
        phrases.Add(phrase);
        return null;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }

    private static string CategoryList() => string.Join(", ", BlameCategories.All.Select(c => c.Id));
}
