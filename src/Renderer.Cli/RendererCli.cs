using System.CommandLine;
using Renderer.Cli.Commands;
using Renderer.Cli.Commands.Watch;
using Renderer.Scenes.Diagnostics;

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
        foreach (var command in Commands(root))
            foreach (var argument in command.Arguments)
                argument.Validators.Add(result => RejectOptionLike(result, command));
        return root;
    }

    private static IEnumerable<Command> Commands(Command command) => [command, .. command.Subcommands.SelectMany(Commands)];

    /// <summary>
    /// A token that looks like an option but is none of the command's is a mistake, not a file name: without this,
    /// <c>validate --bogus x.yaml</c> would look for a scene called "--bogus". (A file whose name starts with '-' is
    /// still reachable as ./-name.)
    /// </summary>
    private static void RejectOptionLike(System.CommandLine.Parsing.ArgumentResult result, Command command)
    {
        foreach (var token in result.Tokens)
            if (token.Value.Length > 1 && token.Value[0] == '-')
                result.AddError($"unknown option '{token.Value}' for '{command.Name}'; see 'renderer {command.Name} --help'");
    }

    public static async Task<int> RunAsync(string[] args, CliContext cli, CancellationToken cancellationToken = default)
    {
        var root = Build(cli);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // An unknown command also leaves "Required command was not provided": noise beside the real error.
            var errors = parse.Errors.Count > 1 ? parse.Errors.Where(e => !e.Message.StartsWith("Required command was not provided", StringComparison.Ordinal)) : parse.Errors;
            foreach (var error in errors) cli.Error.WriteLine($"error: {TerminalText.Safe(error.Message)}");
            cli.Error.WriteLine("run 'renderer --help' or 'renderer <command> --help' for usage");
            return ExitCodes.InvalidInput;
        }
        // Signals are ours to handle (Interruption): System.CommandLine would otherwise exit on its own after 2 s.
        var config = new InvocationConfiguration { Output = cli.Out, Error = cli.Error, ProcessTerminationTimeout = null };
        return await parse.InvokeAsync(config, cancellationToken);
    }
}
