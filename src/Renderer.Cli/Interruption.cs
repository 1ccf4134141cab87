using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Renderer.Processes;

namespace Renderer.Cli;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM end a run cleanly: the command's cancellation token is cancelled, which kills the
/// children it started (ffmpeg, latex, dvisvgm, as whole trees) and deletes its temporary folders and partial files on
/// the way out; the CLI then prints "cancelled" and exits 130.
/// </summary>
/// <remarks>
/// Work that does not watch the token (a simulation being computed) gets <see cref="Grace"/> to finish; after that,
/// or at a second signal, this process kills its descendants, removes its own temporary folders and partial files
/// (named after its process id) in the folders given to <see cref="Watch"/>, prints "cancelled" and exits 130 at once.
/// What a SIGKILL leaves behind, nobody can clean up at the time: the next run's <see cref="TemporaryFiles.SweepStale"/> does.
/// </remarks>
internal sealed class Interruption : IDisposable
{
    /// <summary>How long a cancelled command may take to wind down by itself.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    private static readonly ConcurrentDictionary<string, byte> Folders = new(StringComparer.Ordinal);

    private readonly CancellationTokenSource _cancel;
    private readonly TextWriter _error;
    private readonly PosixSignalRegistration[] _registrations;
    private int _signals;

    private Interruption(CancellationTokenSource cancel, TextWriter error)
    {
        _cancel = cancel;
        _error = error;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    /// <summary>Handles SIGINT and SIGTERM until disposed by cancelling <paramref name="cancel"/>.</summary>
    public static Interruption Install(CancellationTokenSource cancel, TextWriter error) => new(cancel, error);

    /// <summary>Folders where this run may leave partial files (the output folder, the TeX cache).</summary>
    public static void Watch(params string?[] folders)
    {
        foreach (var f in folders)
            if (f is not null) Folders.TryAdd(Path.GetFullPath(f), 0);
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // no default termination: we end the run ourselves
        if (Interlocked.Increment(ref _signals) == 1)
        {
            // Asynchronously: Cancel() would run the command's continuations on this signal thread, and a command that
            // then finishes at once returns from Main and disposes the source while Cancel() is still inside it.
            _ = _cancel.CancelAsync();
            _ = Task.Delay(Grace).ContinueWith(_ => ExitNow(), TaskScheduler.Default);
        }
        else
        {
            ExitNow();
        }
    }

    private void ExitNow()
    {
        ProcessTree.KillDescendants();
        TemporaryFiles.RemoveOwn([.. Folders.Keys]);
        _error.WriteLine("cancelled; no partial output was kept");
        _error.Flush();
        Environment.Exit(ExitCodes.Cancelled);
    }

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
    }
}
