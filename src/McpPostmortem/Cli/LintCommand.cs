using System.CommandLine;
using System.Text.Json;
using McpPostmortem.Errors;
using McpPostmortem.Linting;

namespace McpPostmortem.Server.Cli;

/// <summary>
/// The "lint" verb for CI: lints Markdown files and folders for blame language, skipping code blocks
/// and front matter. Prints "path:line:col: rule message", JSON or SARIF 2.1.0. Exit 0 when clean, 1
/// when a finding is at or above --fail-on, 2 on a usage or I/O error.
/// </summary>
public static class LintCommand
{
    /// <summary>Exit code: no findings at or above the chosen severity.</summary>
    public const int Clean = 0;

    /// <summary>Exit code: findings at or above the chosen severity.</summary>
    public const int Findings = 1;

    /// <summary>Exit code: bad arguments, an unreadable file or a bad config file.</summary>
    public const int UsageError = 2;

    public static Command Create(Option<string> dir)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Markdown files or folders (searched for *.md and *.markdown); at least one.",
            // Zero is accepted here and refused in Run, so a missing path exits 2 (usage), never 1 (findings).
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output: text (path:line:col: rule message), json or sarif.",
            DefaultValueFactory = _ => "text",
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Lowest severity that makes the exit code 1: error, warning or info.",
            DefaultValueFactory = _ => "error",
        };
        var config = new Option<string>("--config")
        {
            Description = $"Team config file (default: {BlameConfig.FileName} in the postmortems folder, if any).",
        };

        var lint = new Command("lint", "Lint Markdown files for blame language (for CI).") { paths, format, failOn, config };
        lint.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(format) ?? "text",
            result.GetValue(failOn) ?? "error",
            result.GetValue(config),
            PostmortemDirectory.Resolve(result.GetValue(dir)),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return lint;
    }

    /// <summary>Runs the verb; returns the exit code.</summary>
    public static int Run(
        IReadOnlyList<string> paths,
        string format,
        string failOn,
        string? configPath,
        string postmortemsFolder,
        TextWriter output,
        TextWriter error)
    {
        if (paths.Count == 0)
        {
            error.WriteLine(
                "lint needs at least one Markdown file or folder, such as: mcp-postmortem lint postmortems/");
            return UsageError;
        }

        if (paths.FirstOrDefault(p => p.StartsWith('-') && !File.Exists(p) && !Directory.Exists(p)) is { } option)
        {
            error.WriteLine($"Unknown option '{option}' for lint; the options are --format, --fail-on and --config.");
            return UsageError;
        }

        if (format is not ("text" or "json" or "sarif"))
        {
            error.WriteLine($"--format must be text, json or sarif, not '{format}'.");
            return UsageError;
        }

        FindingSeverity threshold;
        switch (failOn)
        {
            case "error": threshold = FindingSeverity.Error; break;
            case "warning": threshold = FindingSeverity.Warning; break;
            case "info": threshold = FindingSeverity.Info; break;
            default:
                error.WriteLine($"--fail-on must be error, warning or info, not '{failOn}'.");
                return UsageError;
        }

        List<(string Path, LintFinding Finding)> findings;
        try
        {
            var config = string.IsNullOrWhiteSpace(configPath)
                ? BlameConfig.LoadFromFolder(postmortemsFolder)
                : BlameConfig.Parse(File.ReadAllText(configPath), configPath);
            var linter = new BlameLinter(config);
            findings = [];
            foreach (var file in ExpandPaths(paths))
            {
                var text = MarkdownMask.Mask(File.ReadAllText(file));
                findings.AddRange(linter.LintText(text).Select(f => (file, f)));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PostmortemException
            or ArgumentException or NotSupportedException)
        {
            error.WriteLine(ex.Message);
            return UsageError;
        }

        Print(findings, format, output);
        return findings.Any(f => f.Finding.Severity >= threshold) ? Findings : Clean;
    }

    private static List<string> ExpandPaths(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                        || f.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}");
            }
        }

        return files;
    }

    private static void Print(List<(string Path, LintFinding Finding)> findings, string format, TextWriter output)
    {
        if (format == "text")
        {
            foreach (var (path, f) in findings)
            {
                output.WriteLine($"{path}:{f.Location.Line}:{f.Location.Column}: {f.RuleId} {f.Message} " +
                    $"Suggestion: {f.Suggestion}");
            }

            return;
        }

        using var stream = new MemoryStream();
        if (format == "sarif")
        {
            SarifWriter.Write(stream, findings, ServerVersion.Current);
        }
        else
        {
            WriteJson(stream, findings);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteJson(Stream stream, List<(string Path, LintFinding Finding)> findings)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var (path, f) in findings)
        {
            json.WriteStartObject();
            json.WriteString("path", path);
            json.WriteNumber("line", f.Location.Line);
            json.WriteNumber("column", f.Location.Column);
            json.WriteNumber("length", f.Location.Length);
            json.WriteNumber("end_line", Math.Max(f.Location.Line, f.Location.EndLine));
            json.WriteNumber("end_column", f.Location.EndLine > f.Location.Line
                ? f.Location.EndColumn
                : f.Location.Column + f.Location.Length);
            json.WriteString("rule_id", f.RuleId);
            json.WriteString("category", f.Category);
            json.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            json.WriteString("message", f.Message);
            json.WriteString("suggestion", f.Suggestion);
            json.WriteString("excerpt", f.Excerpt);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
