using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Storage;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Storage;

public class PostmortemStoreTests
{
    [Fact]
    public void Create_New_SavesRevisionOneAndReadsBackEqual()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);

        var created = store.Create(Samples.Minimal());
        var loaded = store.Load(created.Id);

        Assert.Equal(1, created.Revision);
        Assert.Equal(created.Id, loaded.Id);
        Assert.Equal(created.Title, loaded.Title);
        Assert.Equal(Postmortem.CurrentSchemaVersion, loaded.SchemaVersion);
    }

    [Fact]
    public void Update_Change_IncrementsRevisionAndLeavesNoTemporaryFiles()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var created = store.Create(Samples.Minimal());

        var updated = store.Update(created.Id, p => p with { Summary = "Edge proxies crash-looped." });

        Assert.Equal(2, updated.Revision);
        Assert.Equal("Edge proxies crash-looped.", store.Load(created.Id).Summary);
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Update_ChangeThrows_StoredFileIsUnchanged()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var created = store.Create(Samples.Minimal());
        var path = Path.Combine(folder.Path, created.Id + ".json");
        var before = File.ReadAllBytes(path);

        Assert.Throws<PostmortemException>(() =>
            store.Update(created.Id, _ => throw new PostmortemException("refused")));

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Update_StaleExpectedRevision_IsRefusedWithCurrentRevision()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var created = store.Create(Samples.Minimal());
        store.Update(created.Id, p => p with { Summary = "First." });

        var error = Assert.Throws<PostmortemException>(() =>
            store.Update(created.Id, p => p with { Summary = "Second." }, expectedRevision: 1));

        Assert.Contains("revision 2", error.Message, StringComparison.Ordinal);
        Assert.Equal("First.", store.Load(created.Id).Summary);
    }

    [Fact]
    public void Create_TakenId_IsRefused()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        store.Create(Samples.Minimal());

        var error = Assert.Throws<PostmortemException>(() => store.Create(Samples.Minimal()));

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileFromNewerSchema_IsRefusedWithUpgradeHint()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var created = store.Create(Samples.Minimal());
        var path = Path.Combine(folder.Path, created.Id + ".json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"schema_version\": 1", "\"schema_version\": 99",
            StringComparison.Ordinal));

        var error = Assert.Throws<PostmortemException>(() => store.Load(created.Id));

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DamagedFile_IsACallerErrorAndListingSkipsIt()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var good = store.Create(Samples.Minimal());
        File.WriteAllText(Path.Combine(folder.Path, "2025-01-01-broken.json"), "{ not json");

        var error = Assert.Throws<PostmortemException>(() => store.Load("2025-01-01-broken"));
        var all = store.LoadAll();

        Assert.Contains("not valid", error.Message, StringComparison.Ordinal);
        Assert.Equal(good.Id, Assert.Single(all).Id);
    }

    [Fact]
    public void Scan_JunkFiles_SkippedWithOneNoticeEachAndOutputsIgnored()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var good = store.Create(Samples.Minimal());
        var json = File.ReadAllText(Path.Combine(folder.Path, good.Id + ".json"));
        File.WriteAllText(Path.Combine(folder.Path, "2025-01-01-broken.json"), "{ not json");
        File.WriteAllText(Path.Combine(folder.Path, "2025-01-02-foreign.json"), "{\"name\": \"package\"}");
        File.WriteAllText(Path.Combine(folder.Path, "2025-01-03-newer.json"),
            json.Replace(good.Id, "2025-01-03-newer", StringComparison.Ordinal)
                .Replace("\"schema_version\": 1", "\"schema_version\": 99", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder.Path, "2025-01-04-renamed.json"), json);
        File.WriteAllText(Path.Combine(folder.Path, good.Id + ".issues.json"), "[]");

        var scan = store.Scan();

        Assert.Equal(good.Id, Assert.Single(scan.Postmortems).Id);
        Assert.Equal(4, scan.Skipped.Count);
        Assert.Equal(
            ["2025-01-01-broken.json", "2025-01-02-foreign.json", "2025-01-03-newer.json", "2025-01-04-renamed.json"],
            scan.Skipped.Select(n => n.Split(' ')[1].TrimEnd(':')));
        Assert.Contains("newer McpPostmortem", scan.Skipped[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SymbolicLinkPointingOutside_IsRefused()
    {
        using var folder = new TempDirectory();
        using var outside = new TempDirectory();
        var target = Path.Combine(outside.Path, "secret.json");
        File.WriteAllText(target, "{}");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "2025-01-01-link.json"), target);
        var store = new PostmortemStore(folder.Path);

        var error = Assert.Throws<PostmortemException>(() => store.Load("2025-01-01-link"));

        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.Equal("{}", File.ReadAllText(target));
    }

    [Fact]
    public void WriteOutput_Rendered_IsBesideTheJson()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var created = store.Create(Samples.Minimal());

        var path = store.WriteOutput(created.Id, "md", "# Postmortem: Edge 502s\n");

        Assert.Equal(Path.Combine(folder.Path, created.Id + ".md"), path);
        Assert.Equal("# Postmortem: Edge 502s\n", File.ReadAllText(path));
    }

    [Fact]
    public void Delete_Existing_RemovesJsonAndRenderedFiles()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var created = store.Create(Samples.Minimal());
        store.WriteOutput(created.Id, "md", "text");

        store.Delete(created.Id);

        Assert.False(store.Exists(created.Id));
        Assert.False(File.Exists(Path.Combine(folder.Path, created.Id + ".md")));
    }

    [Fact]
    public void Load_FileRewrittenWithSameLengthAndTime_ReadsTheNewContent()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var created = store.Update(store.Create(Samples.Minimal()).Id, p => p with { Summary = "Alpha." });
        var path = Path.Combine(folder.Path, created.Id + ".json");
        var written = File.GetLastWriteTimeUtc(path);
        Assert.Equal("Alpha.", store.Load(created.Id).Summary);

        // Another process's save of the same size inside one tick of the file clock.
        var text = File.ReadAllText(path).Replace("Alpha.", "Omega.", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, written);

        Assert.Equal("Omega.", store.Load(created.Id).Summary);
    }

    [Fact]
    public void Load_UnchangedFile_ReturnsTheSameParse()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var created = store.Create(Samples.Minimal());

        var first = store.Load(created.Id);
        var second = store.Load(created.Id);

        Assert.Same(first, second);
    }

    [Fact]
    public void Load_AfterForgetRecentReads_ParsesAgain()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var created = store.Create(Samples.Minimal());
        var first = store.Load(created.Id);

        store.ForgetRecentReads();
        var second = store.Load(created.Id);

        Assert.NotSame(first, second);
        Assert.Equal(first.Revision, second.Revision);
    }

    [Fact]
    public void Load_AfterAnotherStoreSaved_SeesItsChange()
    {
        using var folder = new TempDirectory();
        var mine = new PostmortemStore(folder.Path);
        var theirs = new PostmortemStore(folder.Path);
        var created = mine.Create(Samples.Minimal());
        mine.Load(created.Id);

        theirs.Update(created.Id, p => p with { Summary = "Changed elsewhere." });

        Assert.Equal("Changed elsewhere.", mine.Load(created.Id).Summary);
        Assert.Equal(2, mine.Load(created.Id).Revision);
    }

    [Fact]
    public void Update_LeftoverJsonTemporaryFile_IsRemovedUnderTheLock()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var created = new PostmortemStore(folder.Path).Create(Samples.Minimal());
        var leftover = Leftover(folder.Path, created.Id + ".json", age: TimeSpan.Zero);

        store.Update(created.Id, p => p with { Summary = "After a crash." });

        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public void Update_OutputTemporaryFiles_OnlyOldOnesAreRemoved()
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var created = new PostmortemStore(folder.Path).Create(Samples.Minimal());
        var old = Leftover(folder.Path, created.Id + ".md", age: TimeSpan.FromHours(1));
        var young = Leftover(folder.Path, created.Id + ".html", age: TimeSpan.Zero);

        store.Update(created.Id, p => p with { Summary = "After a crash." });

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(young), "a render in flight may own a young temporary file");
    }

    [Theory]
    [InlineData("2025-07-09-edge-502s-later.json")]
    [InlineData("notes.txt")]
    public void Update_TemporaryFileOfAnotherName_IsKept(string target)
    {
        using var folder = new TempDirectory();
        var store = new PostmortemStore(folder.Path);
        var created = store.Create(Samples.Minimal("2025-07-09-edge-502s"));
        var other = Leftover(folder.Path, target, age: TimeSpan.FromHours(1));
        var notOurs = Path.Combine(folder.Path, $".{created.Id}.json.keep.tmp");
        File.WriteAllText(notOurs, "");

        store.Update(created.Id, p => p with { Summary = "Changed." });

        Assert.True(File.Exists(other));
        Assert.True(File.Exists(notOurs));
    }

    [Fact]
    public void Create_FolderIsAFile_ErrorNamesTheFolder()
    {
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, "postmortems");
        File.WriteAllText(file, "");
        var store = new PostmortemStore(file);

        var error = Assert.Throws<PostmortemException>(() => store.Create(Samples.Minimal()));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("POSTMORTEM_DIR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FolderRefusesNewFiles_ErrorAtOnceNamingTheFolder()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/proc refuses new files only on Linux.");
        var store = new PostmortemStore("/proc");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = Assert.Throws<PostmortemException>(() => store.Create(Samples.Minimal()));

        Assert.Contains("'/proc' does not accept new files", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}: waited as for a busy lock");
    }

    /// <summary>A temporary file as AtomicFile names it, as if a killed process had left it.</summary>
    private static string Leftover(string folder, string target, TimeSpan age)
    {
        var path = Path.Combine(folder, $".{target}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(path, "{\"torn\":");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }
}
