using System.CommandLine;
using System.Net;
using Renderer.Studio.Hosting;

namespace Renderer.Cli.Commands;

/// <summary>studio: a live preview of one scene in the browser, recompiled on every save.</summary>
public static class StudioCommand
{
    public static Command Create(CliContext cli)
    {
        var scene = new Argument<string>("scene") { Description = "Scene file (.yaml)" };
        var port = new Option<int?>("--port") { Description = $"Port to listen on (default: {StudioOptions.DefaultPort}, or the next free one; 0: any free port)", HelpName = "n" };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on (default 127.0.0.1: this machine only). 0.0.0.0 opens the studio to the network: anyone who reaches it can see the scene and start renders",
            DefaultValueFactory = _ => "127.0.0.1",
            HelpName = "address",
        };
        var output = new Option<string>("--output", "-o") { Description = "Folder the Render button writes the .mp4, .vtt and .json into", DefaultValueFactory = _ => "output", HelpName = "dir" };
        var theme = CommonOptions.Theme();
        var texCache = CommonOptions.TexCache();
        var command = new Command("studio", """
            Live preview: serves a page (on this machine only, unless --host says otherwise) that shows the frame at the
            playhead, a timeline of the slides, errors as file:line:col on the frame, and a Render button. Saving the
            scene recompiles it and updates the page; the playhead stays. Stop with Ctrl+C (exit code 0).

            Examples:
              renderer studio scenes/kl.yaml               then open the printed URL
              renderer studio scenes/kl.yaml --port 8080
            """)
        {
            scene, port, host, output, theme, texCache,
        };
        command.SetAction((parse, cancel) => cli.Run(async () =>
        {
            var file = SceneArguments.Expand([parse.GetValue(scene)!]).Single();
            var options = new StudioOptions(file)
            {
                Host = parse.GetValue(host)!,
                Port = parse.GetValue(port) is { } p and (< 0 or > 65535) ? throw new UsageException("--port must be from 0 to 65535") : parse.GetValue(port),
                OutputDirectory = parse.GetValue(output)!,
                Theme = parse.GetValue(theme),
                TexCacheDirectory = parse.GetValue(texCache),
            };
            if (!IPAddress.TryParse(options.Host, out var address) && options.Host != "localhost")
                throw new UsageException($"--host '{options.Host}' is not an IP address; give e.g. 127.0.0.1 (the default) or 0.0.0.0");
            if (address is not null && !IPAddress.IsLoopback(address))
                cli.Error.WriteLine($"warning: listening on {options.Host}: anyone who can reach this machine can see the scene's folder and start renders");

            // The address first: on a cold TeX cache the first compile takes seconds, and the page shows its progress.
            await using var server = await StudioServer.StartAsync(options, cli.Out,
                listening: url => cli.Out.WriteLine($"studio: {url} ({file}; Ctrl+C to stop)"), cancellationToken: cancel);
            await server.RunAsync(cancel);
            cli.Out.WriteLine("studio stopped");
            return ExitCodes.Success;
        }));
        return command;
    }
}
