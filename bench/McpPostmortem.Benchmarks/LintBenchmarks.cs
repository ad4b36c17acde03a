using BenchmarkDotNet.Attributes;
using McpPostmortem.Linting;
using McpPostmortem.Model;

namespace McpPostmortem.Benchmarks;

/// <summary>The blame linter over every text field, at 1x, 10x and 100x the reference size.</summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private readonly BlameLinter _linter = new();

    private Postmortem _postmortem = null!;

    private string _text = "";

    [Params(50, 500, 5000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _postmortem = Fixtures.Postmortem(Events, Events / 10);
        _text = string.Join('\n', _postmortem.Timeline.Select(e => e.Description));
    }

    [Benchmark]
    public int LintPostmortem() => _linter.LintPostmortem(_postmortem).Count;

    [Benchmark]
    public int LintText() => _linter.LintText(_text).Count;
}
