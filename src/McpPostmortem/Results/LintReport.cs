using McpPostmortem.Linting;

namespace McpPostmortem.Server.Results;

/// <summary>The blame-language findings for a postmortem or a text, with counts by severity.</summary>
public sealed record LintReport
{
    public required int Errors { get; init; }

    public required int Warnings { get; init; }

    public required IReadOnlyList<LintFinding> Findings { get; init; }

    public static LintReport Of(IReadOnlyList<LintFinding> findings) => new()
    {
        Errors = findings.Count(f => f.Severity == FindingSeverity.Error),
        Warnings = findings.Count(f => f.Severity == FindingSeverity.Warning),
        Findings = findings,
    };
}
