using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using McpPostmortem.Analysis;
using McpPostmortem.Model;
using McpPostmortem.Storage;

namespace McpPostmortem.Benchmarks;

/// <summary>
/// postmortem_stats and find_related_postmortems over a folder of 10,000 postmortems, measured the
/// way the tools run them: read every file, then compute. Monitoring runs, since one call is long.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class FolderAnalysisBenchmarks
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    private string _directory = "";
    private PostmortemStore _store = null!;
    private IReadOnlyList<Postmortem> _loaded = [];

    [Params(10_000)]
    public int Postmortems { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = PostmortemFolder.Create(Postmortems);
        _store = new PostmortemStore(_directory);
        _loaded = _store.LoadAll();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Description = "LoadAll (read and parse every file)")]
    public int LoadAll() => _store.LoadAll().Count;

    [Benchmark(Description = "postmortem_stats (LoadAll + compute)")]
    public int Stats() => PostmortemStats.Compute(_store.LoadAll(), Today).Postmortems;

    [Benchmark(Description = "find_related_postmortems (LoadAll + rank)")]
    public int Related()
    {
        var all = _store.LoadAll();
        return RelatedPostmortems.Find(all[all.Count / 2], all, 5).Count;
    }

    [Benchmark(Description = "stats compute only (already loaded)")]
    public int StatsComputeOnly() => PostmortemStats.Compute(_loaded, Today).Postmortems;

    [Benchmark(Description = "related rank only (already loaded)")]
    public int RelatedRankOnly() => RelatedPostmortems.Find(_loaded[_loaded.Count / 2], _loaded, 5).Count;
}
