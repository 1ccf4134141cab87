using System.CommandLine;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;

namespace Renderer.Cli.Commands;

/// <summary>validate: check scene files without rendering; every problem is printed as file:line:col.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext cli)
    {
        var scenes = new Argument<string[]>("scenes") { Description = "Scene files (.yaml) or folders of them", Arity = ArgumentArity.OneOrMore };
        var full = new Option<bool>("--typeset") { Description = "Also compile the scene: runs simulations and typesets every formula with TeX" };
        var command = new Command("validate", """
            Check scenes and report every problem as file:line:col: error: what (what to do). Exit code 2 if any.

            Examples:
              renderer validate scenes/
              renderer validate --typeset scenes/kl.yaml
            """)
        {
            scenes, full,
        };
        command.SetAction((parse, cancel) => cli.Run(() =>
        {
            var failed = 0;
            var files = SceneArguments.Expand(parse.GetValue(scenes)!);
            foreach (var file in files)
            {
                cancel.ThrowIfCancellationRequested();
                try
                {
                    if (parse.GetValue(full))
                    {
                        using var _ = Rendering.PreparedScene.Load(file, cancellation: cancel);
                    }
                    else SceneLoader.LoadFile(file);
                    cli.Out.WriteLine($"{file}: ok");
                }
                catch (SceneValidationException e)
                {
                    failed++;
                    foreach (var d in e.Diagnostics) cli.Error.WriteLine(d);
                }
            }
            if (failed > 0) cli.Error.WriteLine($"{failed} of {files.Count} scene{(files.Count == 1 ? "" : "s")} invalid");
            return Task.FromResult(failed > 0 ? ExitCodes.InvalidInput : ExitCodes.Success);
        }, cancel));
        return command;
    }
}
