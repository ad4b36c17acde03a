using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Serialization;

namespace McpPostmortem.Storage;

/// <summary>
/// Keeps one JSON file per postmortem in a folder, with rendered documents beside it. Every change
/// is a read-modify-write under a lock that other processes honour too, and every write is atomic.
/// </summary>
public sealed class PostmortemStore
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(20);

    // A rendered document or export is written outside the lock; its temporary file lives for
    // milliseconds, so one this old was left by a process that died mid-write.
    private static readonly TimeSpan StaleOutputAge = TimeSpan.FromMinutes(10);

    // Ids whose leftover temporary files this store has already swept (once per id per process).
    private readonly ConcurrentDictionary<string, bool> _swept = new(StringComparer.Ordinal);

    private readonly TimeProvider _clock;

    // Parsed files by full path, with the write time and size they were parsed at (see LoadAll).
    private readonly ConcurrentDictionary<string, ((DateTime, long) Stamp, Postmortem Postmortem)> _parsed =
        new(StringComparer.Ordinal);

    // Large enough that a usual postmortem saves without the buffer growing.
    private const int SaveBufferSize = 64 * 1024;

    private readonly RecentParses _recent = new();

    // The context's own formatting, for a writer the store gives its own buffer.
    private static readonly JsonWriterOptions FileWriterOptions = new()
    {
        Encoder = PostmortemJsonContext.Default.Options.Encoder,
        Indented = PostmortemJsonContext.Default.Options.WriteIndented,
    };

    public PostmortemStore(string directory, TimeProvider? clock = null)
    {
        Directory = Path.GetFullPath(directory);
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>The full path of the postmortems folder.</summary>
    public string Directory { get; }

    /// <summary>Saves a new postmortem; refuses an id that is already taken.</summary>
    public Postmortem Create(Postmortem postmortem)
    {
        PostmortemId.Require(postmortem.Id);
        EnsureDirectory();

        using var _ = Lock(postmortem.Id);
        SweepOnce(postmortem.Id);
        if (File.Exists(JsonPath(postmortem.Id)))
        {
            throw new PostmortemException(
                $"A postmortem with id '{postmortem.Id}' already exists. Use that id to change it, " +
                "or give a different title.");
        }

        var now = _clock.GetUtcNow();
        var created = postmortem with { Revision = 1, CreatedAt = now, UpdatedAt = now };
        Write(created);
        return created;
    }

    /// <summary>Reads a postmortem; a missing id is a caller-fixable error.</summary>
    public Postmortem Load(string id)
    {
        PostmortemId.Require(id);
        var path = JsonPath(id);
        RefuseLink(path);
        if (!File.Exists(path))
        {
            throw new PostmortemException(
                $"No postmortem has id '{id}'. Call list_postmortems to see the ids, " +
                "or create_postmortem to start one.");
        }

        try
        {
            return _recent.Read(id, path, bytes => Parse(bytes.Span, id));
        }
        catch (FileNotFoundException ex)
        {
            throw new PostmortemException(
                $"No postmortem has id '{id}'. Call list_postmortems to see the ids, " +
                "or create_postmortem to start one.", ex);
        }
    }

    /// <summary>
    /// Drops the parses kept for recent reads of one postmortem, the long timelines an agent works
    /// on; the next read of each parses its file again. The folder scan keeps its own parses, which
    /// are what make the folder-wide tools fast on a running server.
    /// </summary>
    public void ForgetRecentReads() => _recent.Clear();

    /// <summary>True when a postmortem with this id is stored.</summary>
    public bool Exists(string id) =>
        PostmortemId.IsValid(id) && File.Exists(JsonPath(id)) && new FileInfo(JsonPath(id)).LinkTarget is null;

    /// <summary>
    /// Applies <paramref name="change"/> to the latest stored version under the cross-process lock and
    /// saves the result with the next revision. When <paramref name="expectedRevision"/> is above zero
    /// and the stored revision differs, the change is refused: the caller edited a stale copy.
    /// </summary>
    public Postmortem Update(string id, Func<Postmortem, Postmortem> change, long expectedRevision = 0)
    {
        Load(id);
        using var _ = Lock(id);

        SweepOnce(id);
        var current = Load(id);
        RequireRevision(current, expectedRevision);
        var changed = change(current) with
        {
            Id = current.Id,
            SchemaVersion = Postmortem.CurrentSchemaVersion,
            Revision = current.Revision + 1,
            CreatedAt = current.CreatedAt,
            UpdatedAt = _clock.GetUtcNow(),
        };
        Write(changed);
        return changed;
    }

    /// <summary>
    /// Deletes a postmortem and its rendered documents; returns what was deleted. A stale
    /// <paramref name="expectedRevision"/> (above zero) refuses the delete, as it refuses an update.
    /// </summary>
    public Postmortem Delete(string id, long expectedRevision = 0)
    {
        Load(id);
        using var _ = Lock(id);

        var postmortem = Load(id);
        RequireRevision(postmortem, expectedRevision);
        RemoveLeftoverTemporaryFiles(id);
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, id + ".*"))
        {
            if (Path.GetFileNameWithoutExtension(path) == id && new FileInfo(path).LinkTarget is null)
            {
                File.Delete(path);
            }
        }

        _recent.Forget(id);
        return postmortem;
    }

    /// <summary>
    /// Refuses to go on when <paramref name="expectedRevision"/> is above zero and differs from the
    /// revision of <paramref name="current"/>: the caller worked from a stale copy.
    /// </summary>
    public static void RequireRevision(Postmortem current, long expectedRevision)
    {
        if (expectedRevision > 0 && expectedRevision != current.Revision)
        {
            throw new PostmortemException(
                $"Postmortem '{current.Id}' is at revision {current.Revision}, not expected_revision " +
                $"{expectedRevision}: it changed since you read it. Call get_postmortem, check the " +
                "change, and try again with its revision.");
        }
    }

    /// <summary>Lists every stored postmortem, newest incident first; unreadable files are skipped.</summary>
    public IReadOnlyList<Postmortem> LoadAll() => Scan().Postmortems;

    /// <summary>
    /// Reads every stored postmortem, newest incident first, and says which files named like a
    /// postmortem were skipped and why. Rendered and exported files ("id.md", "id.issues.json") are
    /// not postmortems and are not reported.
    /// </summary>
    public FolderScan Scan()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return new FolderScan([], []);
        }

        RefuseLinkedFolder();

        var candidates = System.IO.Directory.EnumerateFiles(Directory, "*.json")
            .Where(path => PostmortemId.IsValid(Path.GetFileNameWithoutExtension(path)))
            .Select(path => new FileInfo(path))
            .ToArray();
        var files = candidates.Where(info => info.LinkTarget is null).ToArray();

        // Parsing dominates on a large folder, and files are independent: read them in parallel,
        // and reuse the parse of a file whose size and write time are unchanged since the last call.
        var loaded = new Postmortem?[files.Length];
        var failures = new string?[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var info = files[i];
            var stamp = (info.LastWriteTimeUtc, info.Length);
            if (_parsed.TryGetValue(info.FullName, out var cached) && cached.Stamp == stamp)
            {
                loaded[i] = cached.Postmortem;
                return;
            }

            try
            {
                loaded[i] = Read(info.FullName, Path.GetFileNameWithoutExtension(info.FullName));
                _parsed[info.FullName] = (stamp, loaded[i]!);
            }
            catch (PostmortemException ex)
            {
                // One damaged file must not hide the others; the caller reports it as a notice.
                failures[i] = $"Skipped {info.Name}: {ex.Message}";
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failures[i] = $"Skipped {info.Name}: it could not be read ({ex.Message}).";
            }
        });

        var present = files.Select(f => f.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _parsed.Keys.Where(k => !present.Contains(k)))
        {
            _parsed.TryRemove(gone, out _);
        }

        var all = loaded.OfType<Postmortem>().ToList();
        all.Sort((a, b) => (b.IncidentDate, a.Id).CompareTo((a.IncidentDate, b.Id)));
        var skipped = candidates
            .Where(info => info.LinkTarget is not null)
            .Select(info => $"Skipped {info.Name}: it is a symbolic link; the server only reads regular files.")
            .Concat(failures.OfType<string>())
            .Order(StringComparer.Ordinal)
            .ToList();
        return new FolderScan(all, skipped);
    }

    /// <summary>Writes a rendered document beside the JSON, atomically, and returns its full path.</summary>
    public string WriteOutput(string id, string extension, string text)
    {
        PostmortemId.Require(id);
        EnsureDirectory();
        var path = Path.Combine(Directory, $"{id}.{extension}");
        RefuseLink(path);
        AtomicFile.WriteAllText(path, text);
        return path;
    }

    /// <summary>The path a rendered document of this id and extension is written to.</summary>
    public string OutputPath(string id, string extension) => Path.Combine(Directory, $"{id}.{extension}");

    private string JsonPath(string id) => Path.Combine(Directory, id + ".json");

    private string LockPath(string id) => Path.Combine(Directory, $".{id}.lock");

    /// <summary>Takes the cross-process lock of one postmortem; the lock file must be a real file too.</summary>
    private StoreLock Lock(string id)
    {
        var path = LockPath(id);
        RefuseLink(path);
        try
        {
            return StoreLock.Acquire(path, LockTimeout);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PostmortemException(
                $"The postmortems folder '{Directory}' does not accept new files ({ex.Message}). Point " +
                "--dir or POSTMORTEM_DIR at a folder this server can write to.", ex);
        }
    }

    private void EnsureDirectory()
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PostmortemException(
                $"The postmortems folder '{Directory}' cannot be created ({ex.Message}). Point --dir or " +
                "POSTMORTEM_DIR at a folder this server can write to.", ex);
        }
    }

    private void SweepOnce(string id)
    {
        if (_swept.TryAdd(id, true))
        {
            RemoveLeftoverTemporaryFiles(id);
        }
    }

    /// <summary>
    /// Deletes the temporary files a killed process left for this id (.&lt;id&gt;.json.&lt;guid&gt;.tmp and
    /// the like). Called under the id's lock: every write of the JSON file holds that lock, so any JSON
    /// temporary file seen here is dead. Rendered documents are written without the lock, so their
    /// temporary files go only once they are old enough that no live writer can own them.
    /// </summary>
    private void RemoveLeftoverTemporaryFiles(string id)
    {
        var jsonPrefix = $".{id}.json.";
        var cutoff = _clock.GetUtcNow().UtcDateTime - StaleOutputAge;
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, $".{id}.*.tmp"))
        {
            var info = new FileInfo(path);
            if (!AtomicFile.IsTemporaryName(info.Name) || info.LinkTarget is not null)
            {
                continue;
            }

            if (info.Name.StartsWith(jsonPrefix, StringComparison.Ordinal) || info.LastWriteTimeUtc < cutoff)
            {
                try
                {
                    info.Delete();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Another process removed or holds it; a leftover is harmless and the next sweep tries again.
                }
            }
        }
    }

    private void Write(Postmortem postmortem)
    {
        var path = JsonPath(postmortem.Id);
        RefuseLink(path);
        var buffer = new ArrayBufferWriter<byte>(SaveBufferSize);
        using (var writer = new Utf8JsonWriter(buffer, FileWriterOptions))
        {
            JsonSerializer.Serialize(writer, postmortem, PostmortemJsonContext.Default.Postmortem);
        }

        AtomicFile.WriteAllBytes(path, buffer.WrittenSpan);
        _recent.Remember(postmortem.Id, buffer.WrittenSpan, postmortem);
    }

    private static Postmortem Read(string path, string id) => Parse(File.ReadAllBytes(path), id);

    private static Postmortem Parse(ReadOnlySpan<byte> bytes, string id)
    {
        Postmortem? postmortem;
        try
        {
            postmortem = JsonSerializer.Deserialize(bytes, PostmortemJsonContext.Default.Postmortem);
        }
        catch (JsonException ex)
        {
            throw new PostmortemException(
                $"The stored file of postmortem '{id}' is not valid ({ex.Message}). Fix or restore " +
                $"{id}.json in the postmortems folder.", ex);
        }

        if (postmortem is null || postmortem.Id != id)
        {
            throw new PostmortemException(
                $"The stored file of postmortem '{id}' does not hold that postmortem. Fix or restore {id}.json.");
        }

        if (postmortem.SchemaVersion > Postmortem.CurrentSchemaVersion)
        {
            throw new PostmortemException(
                $"Postmortem '{id}' was saved by a newer McpPostmortem (schema {postmortem.SchemaVersion}). " +
                "Upgrade the server to change it.");
        }

        return postmortem;
    }

    private void RefuseLink(string path)
    {
        // A link could point anywhere on the machine; the store only touches real files in its folder.
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            throw new PostmortemException(
                $"'{Path.GetFileName(path)}' in the postmortems folder is a symbolic link; the server only " +
                "reads and writes regular files there. Replace the link with the file itself.");
        }

        RefuseLinkedFolder();
    }

    private void RefuseLinkedFolder()
    {
        if (new DirectoryInfo(Directory).LinkTarget is not null)
        {
            throw new PostmortemException(
                "The postmortems folder itself is a symbolic link; point --dir at the real folder.");
        }
    }
}
