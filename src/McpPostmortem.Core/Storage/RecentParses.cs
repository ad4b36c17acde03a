using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using McpPostmortem.Model;

namespace McpPostmortem.Storage;

/// <summary>
/// The last parse of each recently used postmortem, with a 128-bit hash of the bytes it came from.
/// A read whose file hashes the same reuses the parse, so reading a long timeline costs a streamed
/// hash of the file instead of a parse. Keyed by content, not by write time: two writes inside one tick of
/// the file system's clock still differ in their bytes.
/// </summary>
internal sealed class RecentParses
{
    // Agents work on one postmortem at a time; a few entries cover a session without holding a folder.
    private const int Capacity = 8;

    private const int ChunkBytes = 64 * 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads the file at <paramref name="path"/> and returns the cached parse when its bytes are
    /// unchanged, else parses them with <paramref name="parse"/> and remembers the result.
    /// </summary>
    public Postmortem Read(string id, string path, Func<ReadOnlyMemory<byte>, Postmortem> parse)
    {
        if (_entries.TryGetValue(id, out var entry) && HashOf(path) == entry.Hash)
        {
            return entry.Postmortem;
        }

        // Read whole only to parse; the file may have changed since it was hashed, so hash what is parsed.
        var bytes = File.ReadAllBytes(path);
        var postmortem = parse(bytes);
        Remember(id, XxHash128.HashToUInt128(bytes), postmortem);
        return postmortem;
    }

    /// <summary>Records what was just written, so the next read of it needs no parse.</summary>
    public void Remember(string id, ReadOnlySpan<byte> bytes, Postmortem postmortem) =>
        Remember(id, XxHash128.HashToUInt128(bytes), postmortem);

    /// <summary>
    /// The file's hash, read in small pieces: a whole large file in one array would land on the large
    /// object heap on every read, which cost more than the read itself.
    /// </summary>
    private static UInt128 HashOf(string path)
    {
        var hash = new XxHash128();
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            int read;
            while ((read = file.Read(buffer, 0, ChunkBytes)) > 0)
            {
                hash.Append(buffer.AsSpan(0, read));
            }

            return hash.GetCurrentHashAsUInt128();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Forgets a postmortem that was deleted.</summary>
    public void Forget(string id) => _entries.TryRemove(id, out _);

    /// <summary>Forgets every parse.</summary>
    public void Clear() => _entries.Clear();

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
