using System.CommandLine;
using Renderer.Cli.Commands;
using Renderer.Cli.Commands.Watch;

namespace Renderer.Cli;

/// <summary>The composition root: builds the command tree and runs it. Testable in-process with any writers.</summary>
public static class RendererCli
{
    public static RootCommand Build(CliContext cli)
    {
        var root = new RootCommand("""
            renderer: headless renderer for maths explainer videos. Scenes are YAML files; output is H.264 MP4.

            Exit codes: 0 success, 1 runtime failure, 2 invalid input (scene errors or command line), 130 cancelled.
            """)
        {
            RenderCommand.Create(cli),
            JoinCommand.Create(cli),
            CacheCommand.Create(cli),
            StillCommand.Create(cli),
            ListCommand.Create(cli),
            StudioCommand.Create(cli),
            WatchCommand.Create(cli),
            NewCommand.Create(cli),
            ValidateCommand.Create(cli),
            DoctorCommand.Create(cli),
            SchemaCommand.Create(cli),
            ReferenceCommand.Create(cli),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext cli, CancellationToken cancellationToken = default)
    {
        var root = Build(cli);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) cli.Error.WriteLine($"error: {error.Message}");
            cli.Error.WriteLine("run 'renderer --help' or 'renderer <command> --help' for usage");
            return ExitCodes.InvalidInput;
        }
        // Signals are ours to handle (Interruption): System.CommandLine would otherwise exit on its own after 2 s.
        var config = new InvocationConfiguration { Output = cli.Out, Error = cli.Error, ProcessTerminationTimeout = null };
        return await parse.InvokeAsync(config, cancellationToken);
    }
}
