using System.Runtime.InteropServices;

namespace Renderer.Rendering;

/// <summary>
/// Lowers the CPU priority of the calling thread (a render worker): while the encoder is the bottleneck, a worker that
/// takes a core from ffmpeg delays every frame after it, and one that waits for a gap in ffmpeg's work costs nothing,
/// because the workers are frames ahead. On Linux this is the thread's nice value; elsewhere, .NET's thread priority.
/// </summary>
/// <remarks>
/// Only raises niceness (an unprivileged process may not lower it again), never below what the thread already has,
/// and only for the calling thread: render workers are dedicated threads that end with the render, so the priority
/// never leaks into the thread pool or to ffmpeg.
/// </remarks>
internal static partial class WorkerPriority
{
    /// <summary>The nice value render workers run at (Linux; 0 is normal, 19 lowest).</summary>
    public const int Nice = 10;

    private const int PrioProcess = 0;

    /// <summary>Makes the calling thread's priority low; false if the system refused (the render goes on as it was).</summary>
    public static bool LowerCurrentThread()
    {
        if (OperatingSystem.IsLinux())
        {
            int tid = GetTid();
            Marshal.SetLastPInvokeError(0);
            int current = GetPriority(PrioProcess, tid);
            if (current == -1 && Marshal.GetLastPInvokeError() != 0) return false;
            return current >= Nice || SetPriority(PrioProcess, tid, Nice) == 0;
        }

        Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        return true;
    }

    /// <summary>The calling thread's nice value (Linux), for tests.</summary>
    public static int CurrentNice()
    {
        Marshal.SetLastPInvokeError(0);
        int value = GetPriority(PrioProcess, GetTid());
        if (value == -1 && Marshal.GetLastPInvokeError() != 0) throw new IOException($"getpriority failed: errno {Marshal.GetLastPInvokeError()}");
        return value;
    }

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetTid();

    [LibraryImport("libc", EntryPoint = "getpriority", SetLastError = true)]
    private static partial int GetPriority(int which, int who);

    [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static partial int SetPriority(int which, int who, int priority);
}
