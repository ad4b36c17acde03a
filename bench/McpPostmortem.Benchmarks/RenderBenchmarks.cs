using BenchmarkDotNet.Attributes;
using McpPostmortem.Model;
using McpPostmortem.Rendering;

namespace McpPostmortem.Benchmarks;

/// <summary>Markdown rendering of the default template; 5,000 events and 500 items is the 100x size.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private Postmortem _postmortem = null!;

    [Params(50, 500, 5000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _postmortem = Fixtures.Postmortem(Events, Events / 10);
        PostmortemRenderer.Render(_postmortem);
    }

    [Benchmark]
    public int Render() => PostmortemRenderer.Render(_postmortem).Length;
}
