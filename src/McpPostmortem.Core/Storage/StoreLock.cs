using McpPostmortem.Errors;

namespace McpPostmortem.Storage;

/// <summary>
/// An exclusive lock on a lock file, honoured across processes: on Unix .NET takes flock() for
/// FileShare.None, on Windows the share mode itself excludes other openers. The lock file is never
/// deleted, because deleting it would let two processes lock two different files of the same name.
/// </summary>
internal sealed class StoreLock : IDisposable
{
    private readonly FileStream _stream;

    private StoreLock(FileStream stream)
    {
        _stream = stream;
    }

    public static StoreLock Acquire(string path, TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        var delay = 1;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new StoreLock(stream);
            }
            catch (IOException ex) when (ex is not DirectoryNotFoundException && Environment.TickCount64 < deadline)
            {
                Thread.Sleep(delay);
                delay = Math.Min(delay * 2, 50);
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
