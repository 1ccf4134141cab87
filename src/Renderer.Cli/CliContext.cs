namespace Renderer.Cli;

/// <summary>Where a command writes, whether it may draw a live progress bar, and the error boundary.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, bool interactive)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
    public bool Interactive { get; } = interactive;

    /// <summary>
    /// Runs a command. Once <paramref name="cancellation"/> is cancelled (SIGINT, SIGTERM), any way the command ends is
    /// reported as cancelled: a child killed by the same Ctrl+C (ffmpeg, latex) fails in its own words, which is not news.
    /// </summary>
    public async Task<int> Run(Func<Task<int>> action, CancellationToken cancellation = default)
    {
        try
        {
            var exit = await action();
            return cancellation.IsCancellationRequested ? ErrorReporter.Report(new OperationCanceledException(cancellation), Error) : exit;
        }
        catch (Exception e)
        {
            return ErrorReporter.Report(cancellation.IsCancellationRequested ? new OperationCanceledException(cancellation) : e, Error);
        }
    }
}
