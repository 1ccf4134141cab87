namespace Renderer.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output, as a user's shell would see it.</summary>
internal static class CliRunner
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await RendererCli.RunAsync(args, new CliContext(output, error, interactive: false));
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Starts a long-running command (studio, watch) whose output the test reads while it runs; cancel to stop it.</summary>
    public static (Task<int> Exit, ConcurrentWriter Out, ConcurrentWriter Err) Start(CancellationToken cancellationToken, params string[] args)
    {
        var output = new ConcurrentWriter();
        var error = new ConcurrentWriter();
        var exit = Task.Run(() => RendererCli.RunAsync(args, new CliContext(output, error, interactive: false), cancellationToken));
        return (exit, output, error);
    }
}

/// <summary>A writer many threads may write to while a test reads what was written so far.</summary>
internal sealed class ConcurrentWriter : TextWriter
{
    private readonly System.Text.StringBuilder _text = new();

    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text) _text.Append(value);
    }

    public override void Write(string? value)
    {
        lock (_text) _text.Append(value);
    }

    public override void WriteLine(string? value)
    {
        lock (_text) _text.Append(value).Append('\n');
    }

    public override string ToString()
    {
        lock (_text) return _text.ToString();
    }

    /// <summary>Waits until the text written satisfies <paramref name="condition"/> (polling; no fixed sleep).</summary>
    public async Task WaitFor(Func<string, bool> condition, string what, Task? process = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (!condition(ToString()))
        {
            if (process is { IsCompleted: true }) throw new InvalidOperationException($"the command ended before {what}:\n{this}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"timed out waiting for {what}; output so far:\n{this}");
            await Task.Delay(20);
        }
    }
}

internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("renderer-cli-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
