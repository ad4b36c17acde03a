using System.Runtime;

namespace McpPostmortem.Server;

/// <summary>
/// Gives memory back to the system once the server falls idle after heavy calls. Rendering or linting
/// a day-long timeline allocates tens of megabytes that the collector keeps committed afterwards; an
/// agent's server then sits idle for most of the session holding them. A short idle spell after
/// enough allocation triggers one compacting collection that also releases the freed memory.
/// </summary>
public static class IdleTrim
{
    // Enough allocation to be worth a full collection, and a pause long enough to mean "idle":
    // the collection must not land between two calls of one agent step.
    private const long AllocationThreshold = 16L * 1024 * 1024;
    private static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(500);

    private static long s_allocatedAtLastTrim;
    private static long s_calls;

    /// <summary>Called when a tool call ends: schedules a trim if this call is the last for a while.</summary>
    public static void CallEnded()
    {
        if (GC.GetTotalAllocatedBytes() - Interlocked.Read(ref s_allocatedAtLastTrim) < AllocationThreshold)
        {
            return;
        }

        var call = Interlocked.Increment(ref s_calls);
        _ = Task.Delay(IdleDelay).ContinueWith(
            _ => TrimIfStillIdle(call), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>Called when a tool call starts, so a pending trim sees the server is busy.</summary>
    public static void CallStarted() => Interlocked.Increment(ref s_calls);

    private static void TrimIfStillIdle(long call)
    {
        if (Interlocked.Read(ref s_calls) != call)
        {
            return;
        }

        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Interlocked.Exchange(ref s_allocatedAtLastTrim, GC.GetTotalAllocatedBytes());
    }
}
