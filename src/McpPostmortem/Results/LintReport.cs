using McpPostmortem.Linting;

namespace McpPostmortem.Server.Results;

/// <summary>The blame-language findings for a postmortem or a text, with counts by severity.</summary>
public sealed record LintReport
{
    /// <summary>
    /// The most findings one report carries. Each is a paragraph of message and suggestion; a
    /// day-long timeline can have thousands, more than a model can read at once or a client passes
    /// on (Claude Code cuts tool output at 25,000 tokens by default). Errors come first, so fixing
    /// what is shown and linting again brings the rest into view.
    /// </summary>
    public const int MaxFindings = 50;

    public required int Errors { get; init; }

    public required int Warnings { get; init; }

    /// <summary>Errors first, then warnings, each in document order; at most <see cref="MaxFindings"/>.</summary>
    public required IReadOnlyList<LintFinding> Findings { get; init; }

    /// <summary>Findings counted above but left out of <see cref="Findings"/>.</summary>
    public int Omitted { get; init; }

    public static LintReport Of(IReadOnlyList<LintFinding> findings)
    {
        var shown = findings.Where(f => f.Severity == FindingSeverity.Error)
            .Concat(findings.Where(f => f.Severity != FindingSeverity.Error))
            .Take(MaxFindings)
            .ToList();
        return new LintReport
        {
            Errors = findings.Count(f => f.Severity == FindingSeverity.Error),
            Warnings = findings.Count(f => f.Severity == FindingSeverity.Warning),
            Findings = shown,
            Omitted = findings.Count - shown.Count,
        };
    }
}
