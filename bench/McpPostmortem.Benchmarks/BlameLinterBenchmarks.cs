using System.Text;
using BenchmarkDotNet.Attributes;
using McpPostmortem.Linting;

namespace McpPostmortem.Benchmarks;

/// <summary>
/// Blame-linter cost in process: a generated postmortem body at 1x and 10x its size (cost should
/// grow linearly), and a 1 MB single-line input (no backtracking blow-up). The side-by-side run
/// against alex is bench/lint-vs-alex.sh.
/// </summary>
[MemoryDiagnoser]
public class BlameLinterBenchmarks
{
    private static readonly string[] Sentences =
    [
        "Rosa restarted the cache at 14:05 UTC.",
        "The ingress returned errors for twelve minutes.",
        "The health check on the payments API failed twice before the rollback.",
        "The on-call should have drained the node first.",
        "Obviously the reviewer ignored the warning in the dashboard.",
        "We should add an alert when replication lag exceeds ten seconds.",
        "Lack of rate limiting let retries pile up on the scheduler.",
        "Dev was careless with the production credentials.",
        "The dashboard showed green, so the deploy continued.",
        "It was human error by the release engineer.",
    ];

    private readonly BlameLinter _linter = new();
    private string _document = "";
    private string _tenDocuments = "";
    private string _megabyteLine = "";

    [GlobalSetup]
    public void Setup()
    {
        _document = Generate(1, '\n');
        _tenDocuments = Generate(10, '\n');
        var line = new StringBuilder();
        for (var i = 0; line.Length < 1_000_000; i++)
        {
            line.Append(Sentences[i % Sentences.Length]).Append(' ');
        }

        _megabyteLine = line.ToString(0, 1_000_000);
    }

    [Benchmark(Baseline = true)]
    public int OnePostmortem() => _linter.LintText(_document).Count;

    [Benchmark]
    public int TenTimesTheText() => _linter.LintText(_tenDocuments).Count;

    [Benchmark]
    public int MegabyteSingleLine() => _linter.LintText(_megabyteLine).Count;

    private static string Generate(int repeat, char separator)
    {
        var text = new StringBuilder();
        for (var r = 0; r < repeat; r++)
        {
            text.Append("## Summary").Append(separator).Append(separator);
            for (var i = 0; i < 20; i++)
            {
                text.Append(Sentences[(i * 7 + r) % Sentences.Length]).Append(i % 4 == 3 ? separator : ' ');
            }

            text.Append(separator);
        }

        return text.ToString();
    }
}
