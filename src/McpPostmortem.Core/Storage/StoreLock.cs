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
            catch (IOException ex) when (ex is not DirectoryNotFoundException && Environment.TickCount64 < deadline)
            {
                // Short random waits: with several writers queued, a long fixed back-off leaves the lock
                // free while everyone sleeps, and the jitter keeps them from waking in step.
                Thread.Sleep(Random.Shared.Next(1, ceiling + 1));
                ceiling = Math.Min(ceiling * 2, MaxWaitMilliseconds);
            }
            catch (IOException ex)
            {
                throw new PostmortemException(
                    "Another writer held this postmortem for too long; try the call again.", ex);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
