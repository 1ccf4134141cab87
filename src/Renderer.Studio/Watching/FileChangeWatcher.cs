using System.Threading.Channels;

namespace Renderer.Studio.Watching;

/// <summary>
/// Reports saves of the files a predicate picks in some folders, as batches of full paths once the folder has been
/// quiet for a moment. Editors save in several steps (write a temporary file and rename it over the old one, or
/// truncate and write), each an event; the pause makes one save one batch. An empty batch means the system lost
/// events (its queue overflowed): the reader should check every file it cares about.
/// </summary>
public sealed class FileChangeWatcher : IDisposable
{
    /// <summary>Long enough to span the steps of one save, short enough not to be noticed.</summary>
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(30);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Func<string, bool> _interesting;
    private readonly TimeSpan _quiet;
    private readonly Channel<IReadOnlyList<string>> _batches = Channel.CreateUnbounded<IReadOnlyList<string>>(new() { SingleReader = true });
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private bool _overflowed;

    public FileChangeWatcher(IEnumerable<string> directories, Func<string, bool> interesting, TimeSpan? quiet = null)
    {
        _interesting = interesting;
        _quiet = quiet ?? DefaultQuiet;
        _timer = new Timer(_ => Flush());
        foreach (var directory in directories.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(directory)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                IncludeSubdirectories = false,
            };
            watcher.Changed += (_, e) => Saw(e.FullPath);
            watcher.Created += (_, e) => Saw(e.FullPath);
            watcher.Deleted += (_, e) => Saw(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Saw(e.OldFullPath);
                Saw(e.FullPath);
            };
            watcher.Error += (_, _) => Overflowed();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Batches of changed files (full paths), in the order the saves settled.</summary>
    public ChannelReader<IReadOnlyList<string>> Changes => _batches.Reader;

    private void Saw(string path)
    {
        if (!_interesting(path)) return;
        lock (_gate)
        {
            _pending.Add(path);
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Overflowed()
    {
        lock (_gate)
        {
            _overflowed = true;
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        IReadOnlyList<string> batch;
        lock (_gate)
        {
            batch = _overflowed ? [] : _pending.Order(StringComparer.Ordinal).ToList();
            if (!_overflowed && batch.Count == 0) return;
            _pending.Clear();
            _overflowed = false;
        }
        _batches.Writer.TryWrite(batch);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
        _batches.Writer.TryComplete();
    }
}
