using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using McpPostmortem.Model;
using Microsoft.Win32.SafeHandles;

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
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var length = checked((int)RandomAccess.GetLength(handle));
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var bytes = buffer.AsMemory(0, ReadAll(handle, buffer.AsSpan(0, length)));
            var hash = XxHash128.HashToUInt128(bytes.Span);
            if (_entries.TryGetValue(id, out var entry) && entry.Hash == hash)
            {
                return entry.Postmortem;
            }

            var postmortem = parse(bytes);
            Remember(id, hash, postmortem);
            return postmortem;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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

    private static int ReadAll(SafeFileHandle handle, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer[total..], total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    private sealed record Entry(UInt128 Hash, Postmortem Postmortem);
}
