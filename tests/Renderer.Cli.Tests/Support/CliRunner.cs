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
}

internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("renderer-cli-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
