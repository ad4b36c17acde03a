using BenchmarkDotNet.Attributes;
using McpPostmortem.Model;
using McpPostmortem.Timeline;

namespace McpPostmortem.Benchmarks;

/// <summary>Adding one event to a timeline of 10, 100 and 1,000 events: parse, sort, number, check.</summary>
[MemoryDiagnoser]
public class TimelineInsertBenchmarks
{
    private Postmortem _postmortem = null!;

    private IReadOnlyList<NewTimelineEvent> _added = [];

    [Params(10, 100, 1000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _postmortem = Fixtures.Postmortem(Events, 0);

        // A bare wall-clock time, the common case, read in the incident's zone.
        _added = [Fixtures.Event(Events / 2, Events) with { Time = "11:31" }];
    }

    [Benchmark]
    public int AddOneEvent() => TimelineEditor.Add(_postmortem, _added).Postmortem.Timeline.Count;
}
