using System.CommandLine;
using Renderer.Language;
using Renderer.Rendering;
using Renderer.Scenes.Diagnostics;

namespace Renderer.Cli.Commands;

/// <summary>
/// validate: everything render checks before it draws — the file, the model, the simulations, every formula through
/// TeX (and its cache), the compile and the layout lint — with every problem printed as file:line:col, and no pixel
/// drawn or encoded. A scene that validates renders clean.
/// </summary>
public static class ValidateCommand
{
    public static Command Create(CliContext cli)
    {
        var scenes = new Argument<string[]>("scenes") { Description = "Scene files (.yaml) or folders of them", Arity = ArgumentArity.OneOrMore };
        var quick = new Option<bool>("--quick") { Description = "Only the file and the model: no simulations, no TeX, no layout (fast, for editors)" };
        // What plain validate did before it ran everything; kept so scripts that pass it keep working.
        var typeset = new Option<bool>("--typeset") { Description = "Accepted for old scripts: validate now always typesets", Hidden = true };
        var summary = new Option<bool>("--summary") { Description = "Also print each simulation's results (final mean, sd, loss, estimates), to write captions before rendering" };
        var theme = CommonOptions.Theme();
        var texCache = CommonOptions.TexCache();
        var shape = new FrameShapeOptions();

        var command = new Command("validate", """
            Check scenes as render would, without drawing: the file, the model, the simulations, every formula through
            TeX, and the layout (ink outside the frame or safe area, overlapping elements, labels on data, text too
            small at a 720 px embed). Every problem is printed as file:line:col: error: what (what to do). Exit code 2
            if any.

            Examples:
              renderer validate scenes/
              renderer validate --aspect 9:16 scenes/kl.yaml      check the portrait cut
              renderer validate --summary scenes/kl.yaml          the numbers captions can quote
              renderer validate --quick scenes/kl.yaml            file and model only
            """)
        {
            scenes, quick, typeset, summary, theme, texCache,
        };
        shape.AddTo(command);
        command.SetAction((parse, cancel) => cli.Run(() =>
        {
            if (parse.GetValue(quick) && parse.GetValue(summary)) throw new UsageException("--summary needs the simulations, which --quick skips; give one of them");
            var frameShape = shape.Resolve(parse);
            var failed = 0;
            var files = SceneArguments.Expand(parse.GetValue(scenes)!);
            foreach (var file in files)
            {
                cancel.ThrowIfCancellationRequested();
                try
                {
                    if (parse.GetValue(quick)) SceneLoader.LoadFile(file, cancellation: cancel);
                    else
                    {
                        using var prepared = PreparedScene.LoadChecked(file, new PrepareOptions(parse.GetValue(theme), parse.GetValue(texCache), frameShape), cancel);
                        if (parse.GetValue(summary)) foreach (var line in Output.SimulationSummary.Lines(prepared.Compiled)) cli.Out.WriteLine(line);
                    }
                    cli.Out.WriteLine(frameShape is { } s ? $"{file}: ok at {s}" : $"{file}: ok");
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
