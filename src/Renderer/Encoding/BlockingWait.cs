namespace Renderer.Encoding;

/// <summary>
/// Blocks a dedicated thread until a task completes, without spinning first. <c>Task.Wait</c> and
/// <c>GetAwaiter().GetResult()</c> spin (yielding the CPU in a loop) before they block, betting that the task is
/// about to finish; the render's writer and FIFO threads wait like that once per frame, on two cores that ffmpeg
/// keeps busy, and perf put ~3.5 % of the renderer's CPU in that spinning (`Task.SpinThenBlockingWait`,
/// `sched_yield`). Here the thread sleeps at once and the task's completion wakes it.
/// </summary>
internal static class BlockingWait
{
    /// <summary>Waits for <paramref name="task"/> and returns its result, or throws its exception as
    /// <c>GetAwaiter().GetResult()</c> would.</summary>
    public static T Result<T>(Task<T> task)
    {
        Block(task);
        return task.GetAwaiter().GetResult();
    }

    /// <summary>Waits for <paramref name="task"/>; throws its exception as <c>GetAwaiter().GetResult()</c> would.</summary>
    public static void Wait(Task task)
    {
        Block(task);
        task.GetAwaiter().GetResult();
    }

    private static void Block(Task task)
    {
        if (task.IsCompleted) return;
        // Not disposed: Set may still be leaving when the wait returns, and without a wait handle (never asked for
        // here) there is nothing to free.
        var done = new ManualResetEventSlim(false, spinCount: 0);
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(done.Set);
        done.Wait();
    }
}
