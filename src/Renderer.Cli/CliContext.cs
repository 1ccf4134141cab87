namespace Renderer.Cli;

/// <summary>Where a command writes, whether it may draw a live progress bar, and the error boundary.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, bool interactive)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
    public bool Interactive { get; } = interactive;

    public async Task<int> Run(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e)
        {
            return ErrorReporter.Report(e, Error);
        }
    }
}
