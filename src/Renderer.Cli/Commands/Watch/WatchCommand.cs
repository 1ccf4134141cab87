using System.CommandLine;
using Renderer.Studio.Engine;

namespace Renderer.Cli.Commands.Watch;

/// <summary>watch: render scenes, then re-validate and re-render each one when it is saved.</summary>
public static class WatchCommand
{
    public static Command Create(CliContext cli)
    {
        var scenes = new Argument<string[]>("scenes") { Description = "Scene files (.yaml) or folders of them (new scenes in a folder are picked up)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Folder for the .mp4, .vtt and .json files", DefaultValueFactory = _ => "output", HelpName = "dir" };
        var quality = new Option<string>("--quality", "-q")
        {
            Description = "preview (default here: half size, fastest) | draft | high | 4k",
            DefaultValueFactory = _ => "preview",
            HelpName = "level",
        }.AcceptOnlyFromAmong([.. EngineAdapter.Qualities]);
        var jobs = new Option<int>("--jobs", "-j") { Description = "Drawing threads (default: one per core)", DefaultValueFactory = _ => 0, HelpName = "n" };
        var theme = CommonOptions.Theme();
        var texCache = CommonOptions.TexCache();
        var command = new Command("watch", """
            Render scenes, then watch them: on every save the scene is validated (errors as file:line:col) and, if
            valid, rendered again. A save during a render restarts it. Stop with Ctrl+C (exit code 0).

            Examples:
              renderer watch scenes/kl.yaml
              renderer watch scenes/ -q draft -o /tmp/out
            """)
        {
            scenes, output, quality, jobs, theme, texCache,
        };
        command.SetAction((parse, cancel) => cli.Run(async () =>
        {
            var arguments = parse.GetValue(scenes)!;
            if (parse.GetValue(jobs) < 0) throw new UsageException("--jobs must be 0 (one per core) or more");
            var files = SceneArguments.Expand(arguments);
            var folders = arguments.Where(Directory.Exists).ToList();
            var template = new RenderRequest("", parse.GetValue(output)!, parse.GetValue(quality)!, parse.GetValue(theme), parse.GetValue(texCache))
            {
                Jobs = parse.GetValue(jobs),
            };
            await new WatchSession(cli, files, folders, template).RunAsync(cancel);
            return ExitCodes.Success;
        }));
        return command;
    }
}
