using System.Collections.Concurrent;
using System.IO.Hashing;
using McpPostmortem.Model;

namespace McpPostmortem.Storage;

/// <summary>
/// The last parse of each recently used postmortem, with a 128-bit hash of the bytes it came from.
/// A read whose file hashes the same reuses the parse, so reading a long timeline costs a file read
/// and a hash instead of a parse. Keyed by content, not by write time: two writes inside one tick of
/// the file system's clock still differ in their bytes.
/// </summary>
internal sealed class RecentParses
{
    // Agents work on one postmortem at a time; a few entries cover a session without holding a folder.
    private const int Capacity = 8;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads the file at <paramref name="path"/> and returns the cached parse when its bytes are
    /// unchanged, else parses them with <paramref name="parse"/> and remembers the result.
    /// </summary>
    public Postmortem Read(string id, string path, Func<ReadOnlyMemory<byte>, Postmortem> parse)
    {
        // A fresh array, not a pooled one: the shared pool keeps megabyte arrays for a minute or more
        // after use, and an idle server should hold only what it needs.
        var bytes = File.ReadAllBytes(path);
        var hash = XxHash128.HashToUInt128(bytes);
        if (_entries.TryGetValue(id, out var entry) && entry.Hash == hash)
        {
            return entry.Postmortem;
        }

        var postmortem = parse(bytes);
        Remember(id, hash, postmortem);
        return postmortem;
    }

    /// <summary>Records what was just written, so the next read of it needs no parse.</summary>
    public void Remember(string id, ReadOnlySpan<byte> bytes, Postmortem postmortem) =>
        Remember(id, XxHash128.HashToUInt128(bytes), postmortem);

    /// <summary>Forgets a postmortem that was deleted.</summary>
    public void Forget(string id) => _entries.TryRemove(id, out _);

    private void Remember(string id, UInt128 hash, Postmortem postmortem)
    {
        if (_entries.Count >= Capacity && !_entries.ContainsKey(id))
        {
            // Which entry goes matters little at this size.
            foreach (var key in _entries.Keys.Take(_entries.Count - Capacity + 1))
            {
                _entries.TryRemove(key, out _);
            }
        }

        _entries[id] = new Entry(hash, postmortem);
    }

    private sealed record Entry(UInt128 Hash, Postmortem Postmortem);
}
