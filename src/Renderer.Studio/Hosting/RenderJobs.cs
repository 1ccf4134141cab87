using Renderer.Rendering;
using Renderer.Studio.Engine;

namespace Renderer.Studio.Hosting;

/// <summary>What the page's render panel shows.</summary>
/// <param name="State">running | done | failed | cancelled.</param>
/// <param name="Video">URL of the MP4 once done.</param>
public sealed record RenderJobState(
    int Id, string State, string Quality, int FramesDone, int TotalFrames, double FramesPerSecond, string? Video, string? VideoName,
    IReadOnlyList<SceneProblem> Problems);

/// <summary>
/// The "Render" button: one real render at a time (the same call as `renderer render`), its progress, and the file
/// it wrote, which is the only file any endpoint writes.
/// </summary>
public sealed class RenderJobs(RenderRequest template, TextWriter log, Action<RenderJobState> changed) : IDisposable
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private readonly TextWriter _log = TextWriter.Synchronized(log);
    private readonly Dictionary<int, string> _videos = [];
    private CancellationTokenSource? _running;
    private Task? _task;
    private int _lastId;

    public RenderJobState? Current { get; private set; }

    /// <summary>Starts a render unless one is running; returns the new job's state, or null if one is running.</summary>
    public RenderJobState? TryStart(string quality)
    {
        lock (_gate)
        {
            if (_running is not null) return null;
            var id = ++_lastId;
            var cancel = new CancellationTokenSource();
            _running = cancel;
            var state = new RenderJobState(id, "running", quality, 0, 0, 0, null, null, []);
            Publish(state);
            _task = Task.Run(() => Run(id, quality, cancel.Token));
            return state;
        }
    }

    /// <summary>Cancels the running render (its partial output is removed by the renderer); false if none runs.</summary>
    public bool Cancel()
    {
        lock (_gate)
        {
            if (_running is null) return false;
            _running.Cancel();
            return true;
        }
    }

    /// <summary>The MP4 that job <paramref name="id"/> wrote, if it finished.</summary>
    public string? VideoPath(int id)
    {
        lock (_gate) return _videos.GetValueOrDefault(id);
    }

    private async Task Run(int id, string quality, CancellationToken cancellationToken)
    {
        var request = template with { Quality = quality };
        var lastReport = DateTime.MinValue;
        var progress = new Reporter(p =>
        {
            // Frames arrive at up to a few hundred per second; the page needs ten updates a second at most.
            var now = DateTime.UtcNow;
            if (now - lastReport < ProgressInterval && p.FramesDone < p.TotalFrames) return;
            lastReport = now;
            Publish(new RenderJobState(id, "running", quality, p.FramesDone, p.TotalFrames, p.FramesPerSecond, null, null, []));
        });
        RenderJobState final;
        try
        {
            _log.WriteLine($"render ({quality}) started");
            var outcome = await EngineAdapter.RenderAsync(request, progress, cancellationToken).ConfigureAwait(false);
            lock (_gate) _videos[id] = outcome.VideoPath;
            _log.WriteLine(outcome.Describe());
            final = new RenderJobState(id, "done", quality, outcome.Frames, outcome.Frames, outcome.Frames / Math.Max(1e-9, outcome.Elapsed.TotalSeconds),
                $"/api/render/{id}/video", Path.GetFileName(outcome.VideoPath), []);
        }
        catch (OperationCanceledException)
        {
            _log.WriteLine("render cancelled; no partial output was kept");
            final = new RenderJobState(id, "cancelled", quality, 0, 0, 0, null, null, []);
        }
        catch (Exception e)
        {
            var problems = EngineAdapter.Problems(e);
            if (problems is null) _log.WriteLine($"internal error (please report): {e}");
            else foreach (var problem in problems) _log.WriteLine(problem);
            final = new RenderJobState(id, "failed", quality, 0, 0, 0, null, null,
                problems ?? [new SceneProblem(ProblemSeverity.Error, $"internal error: {e.Message}", "please report this with the scene")]);
        }
        lock (_gate)
        {
            _running?.Dispose();
            _running = null;
            Publish(final);
        }
    }

    private void Publish(RenderJobState state)
    {
        Current = state;
        changed(state);
    }

    // Reports on the renderer's thread, in order: Progress<T> would post to the pool, and a late "running" could
    // then overwrite "done" on the page.
    private sealed class Reporter(Action<RenderProgress> report) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value) => report(value);
    }

    public void Dispose()
    {
        Task? task;
        lock (_gate)
        {
            _running?.Cancel();
            task = _task;
        }
        try
        {
            task?.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
        }
    }
}
