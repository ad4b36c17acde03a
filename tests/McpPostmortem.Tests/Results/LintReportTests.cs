using McpPostmortem.Linting;
using McpPostmortem.Server.Results;

namespace McpPostmortem.Server.Tests.Results;

public sealed class LintReportTests
{
    [Fact]
    public void Of_MoreFindingsThanTheLimit_KeepsErrorsFirstAndCountsTheRest()
    {
        var findings = Enumerable.Range(0, 300)
            .Select(i => Finding(i % 3 == 0 ? FindingSeverity.Error : FindingSeverity.Warning, i))
            .ToList();

        var report = LintReport.Of(findings);

        Assert.Equal(100, report.Errors);
        Assert.Equal(200, report.Warnings);
        Assert.Equal(LintReport.MaxFindings, report.Findings.Count);
        Assert.Equal(300 - LintReport.MaxFindings, report.Omitted);
        Assert.All(report.Findings.Take(100), f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.Equal(
            report.Findings.Take(100).Select(f => f.Location.Line),
            report.Findings.Take(100).Select(f => f.Location.Line).Order());
    }

    [Fact]
    public void Of_FewFindings_KeepsThemAllInDocumentOrderBySeverity()
    {
        var findings = new[]
        {
            Finding(FindingSeverity.Warning, 1),
            Finding(FindingSeverity.Error, 2),
        };

        var report = LintReport.Of(findings);

        Assert.Equal([2, 1], report.Findings.Select(f => f.Location.Line));
        Assert.Equal(0, report.Omitted);
    }

    private static LintFinding Finding(FindingSeverity severity, int line) => new()
    {
        RuleId = "blame/counterfactual",
        Category = "counterfactual",
        Severity = severity,
        Message = "m",
        Suggestion = "s",
        Location = new LintLocation { Line = line, Column = 1 },
    };
}
