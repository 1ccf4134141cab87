using System.Diagnostics;

namespace Renderer.Drawing;

/// <summary>
/// Where a renderer's drawing time goes: by kind of item, and by step of an incremental update (matching the display
/// lists, the layer). For <c>Renderer.Bench --profile</c>, to find what to make faster; a renderer without one (every
/// render) times nothing. Not thread-safe: one per renderer, as renderers are one per thread.
/// </summary>
public sealed class DrawTimings
{
    private readonly Dictionary<string, (long Ticks, int Count)> _entries = [];

    /// <summary>Total time and count of each thing timed, largest first.</summary>
    public IReadOnlyList<(string What, TimeSpan Time, int Count)> Entries =>
        [.. _entries.OrderByDescending(e => e.Value.Ticks).Select(e => (e.Key, Stopwatch.GetElapsedTime(0, e.Value.Ticks), e.Value.Count))];

    /// <summary>Adds the time since <paramref name="started"/> (a <see cref="Stopwatch.GetTimestamp"/>) to <paramref name="what"/>.</summary>
    public void Add(string what, long started)
    {
        var ticks = Stopwatch.GetTimestamp() - started;
        _entries[what] = _entries.TryGetValue(what, out var e) ? (e.Ticks + ticks, e.Count + 1) : (ticks, 1);
    }
}
