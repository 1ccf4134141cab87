using System.Runtime.InteropServices;

namespace Renderer.Output;

/// <summary>
/// CPU time used by this process and by its finished child processes (ffmpeg), via getrusage. On a shared machine
/// wall-clock fps swings with the neighbours' load; CPU milliseconds per frame barely do, so they show what the
/// pipeline costs on top of the encoder even when the machine is busy.
/// </summary>
public static partial class CpuClock
{
    private const int RusageSelf = 0;
    private const int RusageChildren = -1;

    /// <summary>User + system time of this process and of its reaped children; null where getrusage is unavailable.</summary>
    public static TimeSpan? Now() => Self() + Children();

    /// <summary>User + system time of this process alone.</summary>
    public static TimeSpan? Self() => TryRead(RusageSelf);

    /// <summary>User + system time of this process's children that have exited and been waited for (ffmpeg runs).</summary>
    public static TimeSpan? Children() => TryRead(RusageChildren);

    /// <summary>User + system time of the calling thread alone (for work done on one thread, such as the poster).</summary>
    public static TimeSpan? CurrentThread()
    {
        if (!OperatingSystem.IsLinux())
            return null;
        try
        {
            return ClockGetTime(ClockThreadCpuTime, out TimeSpec now) == 0 ? TimeSpan.FromTicks(now.Seconds * TimeSpan.TicksPerSecond + now.Nanoseconds / 100) : null;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    private static TimeSpan? TryRead(int who)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        try
        {
            return Read(who);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static TimeSpan Read(int who)
    {
        if (GetRusage(who, out ResourceUsage usage) != 0)
            throw new EntryPointNotFoundException("getrusage failed");
        long microseconds = (usage.UserSeconds + usage.SystemSeconds) * 1_000_000 + usage.UserMicroseconds + usage.SystemMicroseconds;
        return TimeSpan.FromMicroseconds(microseconds);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetRusage(int who, out ResourceUsage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then 14 longs we do not read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public fixed long Rest[14];
    }
}
