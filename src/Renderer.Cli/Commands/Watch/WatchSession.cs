using Renderer.Studio.Engine;
using Renderer.Studio.Watching;

namespace Renderer.Cli.Commands.Watch;

/// <summary>
/// The loop behind `renderer watch`: a queue of scenes to build (all of them first, then each one saved), one build at
/// a time; a save of the scene being built cancels that build and queues it again. Errors are printed and the loop
/// waits for the next save.
/// </summary>
internal sealed class WatchSession(CliContext cli, IReadOnlyList<string> files, IReadOnlyList<string> folders, RenderRequest template)
{
    private readonly HashSet<string> _files = files.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _folders = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).ToHashSet(StringComparer.Ordinal);
    private readonly List<string> _queue = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var directories = _files.Select(f => Path.GetDirectoryName(f)!).Concat(_folders);
        using var watcher = new FileChangeWatcher(directories, IsScene);
        foreach (var file in _files.Order(StringComparer.Ordinal)) Enqueue(file);
        var next = watcher.Changes.ReadAsync(cancellationToken).AsTask();
        try
        {
            while (true)
            {
                if (_queue.Count == 0)
                {
                    cli.Out.WriteLine("watching for changes (Ctrl+C to stop)");
                    Take(await next.ConfigureAwait(false));
                    next = watcher.Changes.ReadAsync(cancellationToken).AsTask();
                    continue;
                }
                var scene = _queue[0];
                _queue.RemoveAt(0);
                using var building = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var build = Build(scene, building.Token, cancellationToken);
                while (await Task.WhenAny(build, next).ConfigureAwait(false) == next)
                {
                    var changed = await next.ConfigureAwait(false);
                    next = watcher.Changes.ReadAsync(cancellationToken).AsTask();
                    Take(changed);
                    if (changed.Count == 0 || changed.Contains(scene, StringComparer.Ordinal)) await building.CancelAsync().ConfigureAwait(false);
                }
                await build.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cli.Out.WriteLine("watch stopped");
        }
    }

    private bool IsScene(string path)
    {
        if (_files.Contains(path)) return true;
        var name = Path.GetFileName(path);
        return _folders.Contains(Path.GetDirectoryName(path) ?? "") && !name.StartsWith('.')
            && (name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal));
    }

    /// <summary>Queues the scenes of a batch of changes (an empty batch: events were lost, so every scene).</summary>
    private void Take(IReadOnlyList<string> changed)
    {
        IEnumerable<string> scenes = changed.Count > 0
            ? changed
            : _files.Concat(_folders.SelectMany(f => Directory.EnumerateFiles(f)).Where(IsScene)).Distinct(StringComparer.Ordinal);
        foreach (var scene in scenes) Enqueue(scene);
    }

    private void Enqueue(string scene)
    {
        if (!_queue.Contains(scene, StringComparer.Ordinal)) _queue.Add(scene);
    }

    private async Task Build(string scene, CancellationToken cancellationToken, CancellationToken stopping)
    {
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, scene);
        if (!File.Exists(scene))
        {
            cli.Out.WriteLine($"{shown}: removed");
            return;
        }
        try
        {
            var request = template with { ScenePath = shown };
            var outcome = await ConsoleProgress.Run(Path.GetFileName(scene), cli.Interactive, cli.Out,
                progress => EngineAdapter.RenderAsync(request, progress, cancellationToken)).ConfigureAwait(false);
            cli.Out.WriteLine(outcome.Describe());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            // Saved again mid-render: the renderer removed its partial output; the scene is queued again.
            cli.Out.WriteLine($"{shown}: changed again; starting over");
        }
        catch (Exception e) when (EngineAdapter.Problems(e) is { } problems)
        {
            foreach (var problem in problems) cli.Error.WriteLine(problem);
            cli.Error.WriteLine($"{shown}: {problems.Count} error{(problems.Count == 1 ? "" : "s")}; waiting for the next save");
        }
    }
}
