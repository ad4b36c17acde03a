using McpPostmortem.Errors;

namespace McpPostmortem.Storage;

/// <summary>
/// An exclusive lock on a lock file, honoured across processes: on Unix .NET takes flock() for
/// FileShare.None, on Windows the share mode itself excludes other openers. The lock file is never
/// deleted, because deleting it would let two processes lock two different files of the same name.
/// </summary>
internal sealed class StoreLock : IDisposable
{
    private const int MaxWaitMilliseconds = 8;

    private readonly FileStream _stream;

    private StoreLock(FileStream stream)
    {
        _stream = stream;
    }

    public static StoreLock Acquire(string path, TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        var ceiling = 1;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new StoreLock(stream);
            }
            catch (IOException ex) when (IsContention(ex, path) && Environment.TickCount64 < deadline)
            {
                // Short random waits: with several writers queued, a long fixed back-off leaves the lock
                // free while everyone sleeps, and the jitter keeps them from waking in step.
                Thread.Sleep(Random.Shared.Next(1, ceiling + 1));
                ceiling = Math.Min(ceiling * 2, MaxWaitMilliseconds);
            }
            catch (IOException ex) when (IsContention(ex, path))
            {
                throw new PostmortemException(
                    "Another writer held this postmortem for too long; try the call again.", ex);
            }
        }
    }

    // Another holder makes the open fail on a lock file that exists. When the file is not there after
    // a failed OpenOrCreate, the folder refuses new files, and waiting cannot help.
    private static bool IsContention(IOException ex, string path) =>
        ex is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException) && File.Exists(path);

    public void Dispose() => _stream.Dispose();
}
