using System.Text.Json;
using BenchmarkDotNet.Attributes;
using McpPostmortem.Model;
using McpPostmortem.Serialization;
using McpPostmortem.Storage;

namespace McpPostmortem.Benchmarks;

/// <summary>
/// A durable save of a postmortem with 10, 100 and 1,000 events: the store's read-modify-write under
/// its lock with an atomic, flushed write; and the JSON serialization alone, to tell the two apart.
/// </summary>
[MemoryDiagnoser]
public class SaveBenchmarks
{
    private string _folder = "";

    private PostmortemStore _store = null!;

    private Postmortem _postmortem = null!;

    [Params(10, 100, 1000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "pm-bench-" + Guid.NewGuid().ToString("N"));
        _store = new PostmortemStore(_folder);
        _postmortem = _store.Create(Fixtures.Postmortem(Events, 0));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public long UpdateSummary() =>
        _store.Update(_postmortem.Id, p => p with { Summary = "Connection pool exhausted." }).Revision;

    [Benchmark]
    public int SerializeOnly() =>
        JsonSerializer.SerializeToUtf8Bytes(_postmortem, PostmortemJsonContext.Default.Postmortem).Length;
}
