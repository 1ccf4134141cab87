using System.Diagnostics;
using System.Security.Cryptography;
using Renderer.Studio.Engine;
using Renderer.Studio.Watching;

namespace Renderer.Studio.Hosting;

/// <summary>
/// Keeps one scene compiled and warm, and recompiles it when a file it uses is saved. A broken save keeps the last
/// good version for drawing and reports its errors; every attempt raises <see cref="Changed"/>.
/// </summary>
public sealed class SceneHost : IDisposable
{
    /// <summary>Checks a compiled version for warnings (<see cref="EngineAdapter.Lint"/>: overlapping ink, ...).</summary>
    public delegate IReadOnlyList<SceneProblem> Lint(CompiledPreview preview);

    private readonly EngineAdapter _engine;
    private readonly Lint? _lint;
    private readonly TextWriter _log;
    private readonly SemaphoreSlim _compiling = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private FileChangeWatcher? _watcher;
    private Task? _watching;
    private readonly Lock _stateGate = new();
    private LiveVersion? _live;
    private Task _linting = Task.CompletedTask;
    private string? _lastInputHash;

    public SceneHost(string scenePath, EngineAdapter engine, TextWriter log, Lint? lint = null)
    {
        ScenePath = scenePath;
        _engine = engine;
        _log = TextWriter.Synchronized(log);
        _lint = lint;
    }

    public string ScenePath { get; }

    /// <summary>The folder the scene lives in: the only folder whose files the studio serves.</summary>
    public string Folder => Path.GetDirectoryName(Path.GetFullPath(ScenePath))!;

    public StudioState State { get; private set; } = StudioState.Initial;

    /// <summary>The good version frames are drawn from; null until a compile succeeded.</summary>
    public LiveVersion? Live => Volatile.Read(ref _live);

    /// <summary>Raised after every compile attempt, on the compiling thread.</summary>
    public event Action<StudioState>? Changed;

    /// <summary>Compiles the scene and starts watching the files it uses.</summary>
    public async Task StartAsync()
    {
        await RecompileAsync(force: true).ConfigureAwait(false);
        _watcher = new FileChangeWatcher([Folder], path => EngineAdapter.FilesUsed(ScenePath).Contains(path, StringComparer.Ordinal));
        _watching = Task.Run(WatchAsync);
    }

    /// <summary>
    /// Compiles the scene again unless its files are byte for byte what the last attempt compiled (an editor's
    /// save often arrives as several events).
    /// </summary>
    public async Task RecompileAsync(bool force = false)
    {
        await _compiling.WaitAsync(_stop.Token).ConfigureAwait(false);
        try
        {
            var hash = InputHash();
            if (!force && hash == _lastInputHash) return;
            _lastInputHash = hash;
            await Task.Run(Compile).ConfigureAwait(false);
        }
        finally
        {
            _compiling.Release();
        }
    }

    private void Compile()
    {
        var clock = Stopwatch.StartNew();
        var previous = State;
        StudioState next;
        CompiledPreview? compiled = null;
        try
        {
            compiled = _engine.Compile(ScenePath);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            next = new StudioState(previous.Revision + 1, previous.Version + 1, true, [], compiled.Outline, elapsed, Linting: _lint is not null);
            // Requests drawing from the old version finish first (its lock); later ones find it disposed and retry.
            Interlocked.Exchange(ref _live, new LiveVersion(compiled, next.Version))?.Preview.Dispose();
            _log.WriteLine($"compiled {Path.GetFileName(ScenePath)} in {elapsed:0} ms (version {next.Version})");
        }
        catch (Exception e) when (EngineAdapter.Problems(e) is { } problems)
        {
            next = previous with { Revision = previous.Revision + 1, Ok = false, Problems = problems, CompileMilliseconds = clock.Elapsed.TotalMilliseconds, Linting = false };
            foreach (var problem in problems) _log.WriteLine(problem);
            _log.WriteLine(_live is null ? "no frame yet: fix the scene and save" : "the page keeps the last good frame until the scene compiles");
        }
        catch (Exception e)
        {
            // A bug in the renderer, not in the scene: say so, keep the trace for the report, keep serving.
            var problem = new SceneProblem(ProblemSeverity.Error, $"internal error: {e.Message}", "please report this with the scene");
            next = previous with { Revision = previous.Revision + 1, Ok = false, Problems = [problem], CompileMilliseconds = clock.Elapsed.TotalMilliseconds, Linting = false };
            _log.WriteLine($"internal error (please report): {e}");
        }
        Publish(_ => next);
        if (compiled is not null && _lint is not null)
        {
            var revision = next.Revision;
            var previousLint = _linting;
            _linting = Task.Run(async () =>
            {
                await previousLint.ConfigureAwait(false); // one at a time; a stale one finds a newer revision and stops
                LintLater(compiled, revision);
            });
        }
    }

    /// <summary>
    /// The lint takes longer than most compiles, so the new frame goes out first and its warnings follow in a second
    /// state, unless a newer compile attempt has come meanwhile (its state stands).
    /// </summary>
    private void LintLater(CompiledPreview preview, long revision)
    {
        if (State.Revision != revision || _stop.IsCancellationRequested) return;
        IReadOnlyList<SceneProblem> warnings;
        try
        {
            warnings = _lint!(preview);
        }
        catch (Exception e)
        {
            _log.WriteLine($"internal error in the layout lint (please report): {e}");
            warnings = [new SceneProblem(ProblemSeverity.Warning, $"the layout lint failed: {e.Message}", "please report this with the scene")];
        }
        if (Publish(state => state.Revision == revision ? state with { Problems = warnings, Linting = false } : null))
            foreach (var warning in warnings) _log.WriteLine(warning);
    }

    /// <summary>Replaces the state with what <paramref name="change"/> makes of it (null: no change) and announces it.</summary>
    private bool Publish(Func<StudioState, StudioState?> change)
    {
        lock (_stateGate)
        {
            if (change(State) is not { } next) return false;
            State = next;
            Changed?.Invoke(next);
            return true;
        }
    }

    private async Task WatchAsync()
    {
        try
        {
            await foreach (var _ in _watcher!.Changes.ReadAllAsync(_stop.Token).ConfigureAwait(false))
                await RecompileAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    private string InputHash()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in EngineAdapter.FilesUsed(ScenePath))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            try
            {
                sha.AppendData(File.ReadAllBytes(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                sha.AppendData(System.Text.Encoding.UTF8.GetBytes("unreadable: " + e.GetType().Name));
            }
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    public void Dispose()
    {
        _stop.Cancel();
        _watcher?.Dispose();
        try
        {
            _watching?.Wait(TimeSpan.FromSeconds(5));
            // The lint measures text with the engine's fonts: it must be done before the engine is disposed.
            _linting.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
        }
        Interlocked.Exchange(ref _live, null)?.Preview.Dispose();
        _stop.Dispose();
    }
}

/// <summary>A good compiled version and its number (<see cref="StudioState.Version"/>).</summary>
public sealed record LiveVersion(CompiledPreview Preview, long Version);
