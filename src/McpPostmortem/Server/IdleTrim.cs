using System.Runtime;
using System.Runtime.InteropServices;

namespace McpPostmortem.Server;

/// <summary>
/// Gives memory back to the system once the server falls idle after heavy calls. Rendering or linting
/// a day-long timeline allocates tens of megabytes that the collector keeps committed afterwards; an
/// agent's server then sits idle for most of the session holding them. A short idle spell after
/// enough allocation drops the parses kept for recent reads, runs one compacting collection that also
/// releases the freed memory, and asks the C library to return its own free pages; a minute later,
/// still idle, it collects once more for what the shared array pools held.
/// </summary>
public static partial class IdleTrim
{
    // Enough allocation to be worth a full collection, and a pause long enough to mean "idle":
    // the collection must not land between two calls of one agent step.
    private const long AllocationThreshold = 16L * 1024 * 1024;
    private static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(500);

    // The shared array pools give back an array only when a collection finds it unused for a minute;
    // the serializer rents arrays six times the length of a long string to escape it. One more
    // collection after that long an idle spell lets the pools let go of them.
    private static readonly TimeSpan PoolStaleDelay = TimeSpan.FromSeconds(61);

    private static long s_allocatedAtLastTrim;
    private static long s_calls;

    // Set between a trim and the later one that empties the pools; light calls in between must not
    // cancel that one for good.
    private static int s_poolsPending;

    /// <summary>Called when a tool call ends: schedules a trim if this call is the last for a while.</summary>
    public static void CallEnded(Workspace? workspace)
    {
        var heavy = GC.GetTotalAllocatedBytes() - Interlocked.Read(ref s_allocatedAtLastTrim) >= AllocationThreshold;
        if (!heavy && Volatile.Read(ref s_poolsPending) == 0)
        {
            return;
        }

        var call = Interlocked.Increment(ref s_calls);
        _ = TrimWhileIdle(call, heavy, workspace);
    }

    /// <summary>Called when a tool call starts, so a pending trim sees the server is busy.</summary>
    public static void CallStarted() => Interlocked.Increment(ref s_calls);

    private static async Task TrimWhileIdle(long call, bool heavy, Workspace? workspace)
    {
        if (heavy)
        {
            await Task.Delay(IdleDelay).ConfigureAwait(false);
            if (!Trim(call, workspace))
            {
                return;
            }

            Volatile.Write(ref s_poolsPending, 1);
        }

        await Task.Delay(PoolStaleDelay).ConfigureAwait(false);
        if (Trim(call, workspace))
        {
            // The pools dropped their stale arrays while the collector ran; this one frees them.
            GC.WaitForPendingFinalizers();
            Trim(call, workspace);
            Volatile.Write(ref s_poolsPending, 0);
        }
    }

    /// <summary>Trims unless a call came since <paramref name="call"/> ended; false when one did.</summary>
    private static bool Trim(long call, Workspace? workspace)
    {
        if (Interlocked.Read(ref s_calls) != call)
        {
            return false;
        }

        // A kept parse of a long timeline is most of what survives a collection; the next read after
        // an idle spell pays one parse for it.
        workspace?.Store.ForgetRecentReads();
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        ReturnNativeFreePages();
        Interlocked.Exchange(ref s_allocatedAtLastTrim, GC.GetTotalAllocatedBytes());
        return true;
    }

    // glibc keeps freed native memory (the pipe's buffers, the crypto library's) in its arenas until
    // asked; musl and other systems have no such call, and there is nothing to ask.
    private static void ReturnNativeFreePages()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc: its allocator returns memory on its own terms.
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
