using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using McpPostmortem.Analysis;
using McpPostmortem.Storage;

namespace McpPostmortem.Benchmarks;

/// <summary>
/// postmortem_stats and find_related_postmortems over a folder of 10,000 postmortems, measured the
/// way the tools run them: read every file, then compute. "Cold" is a fresh store (first call of a
/// server process); "warm" is a later call of a running server, where unchanged files are not parsed
/// again. Monitoring runs, since one call is long.
/// </summary>
[Config(typeof(FolderJob))]
[MemoryDiagnoser]
public class FolderAnalysisBenchmarks
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    private string _directory = "";
    private PostmortemStore _store = null!;

    [Params(10_000)]
    public int Postmortems { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = PostmortemFolder.Create(Postmortems);
        _store = new PostmortemStore(_directory);
        _store.LoadAll();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Description = "LoadAll cold (new store: parse every file)")]
    public int LoadAllCold() => new PostmortemStore(_directory).LoadAll().Count;

    [Benchmark(Description = "LoadAll warm (unchanged files reuse their parse)")]
    public int LoadAllWarm() => _store.LoadAll().Count;

    [Benchmark(Description = "postmortem_stats cold (new store)")]
    public int StatsCold() => PostmortemStats.Compute(new PostmortemStore(_directory).LoadAll(), Today).Postmortems;

    [Benchmark(Description = "postmortem_stats warm (running server)")]
    public int StatsWarm() => PostmortemStats.Compute(_store.LoadAll(), Today).Postmortems;

    [Benchmark(Description = "find_related_postmortems cold (new store)")]
    public int RelatedCold()
    {
        var all = new PostmortemStore(_directory).LoadAll();
        return RelatedPostmortems.Find(all[all.Count / 2], all, 5).Count;
    }

    [Benchmark(Description = "find_related_postmortems warm (running server)")]
    public int RelatedWarm()
    {
        var all = _store.LoadAll();
        return RelatedPostmortems.Find(all[all.Count / 2], all, 5).Count;
    }

    /// <summary>
    /// Three monitored iterations, in process: one call takes seconds, and the separate boilerplate
    /// build BenchmarkDotNet does by default timed out on the shared build machine.
    /// </summary>
    public sealed class FolderJob : ManualConfig
    {
        public FolderJob() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
