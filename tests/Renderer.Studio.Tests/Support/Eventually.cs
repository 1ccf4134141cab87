namespace Renderer.Studio.Tests.Support;

/// <summary>Waits for a condition instead of sleeping a fixed time: fast when things are fast, patient when the machine is busy.</summary>
internal static class Eventually
{
    public static async Task<T> Get<T>(Func<T?> probe, TimeSpan timeout, string what) where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (probe() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"timed out after {timeout.TotalSeconds:0} s waiting for {what}");
            await Task.Delay(10);
        }
    }

    public static Task True(Func<bool> condition, TimeSpan timeout, string what) =>
        Get(() => condition() ? "" : null, timeout, what);
}
