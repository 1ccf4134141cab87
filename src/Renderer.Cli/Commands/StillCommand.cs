using System.CommandLine;
using Renderer.Output;
using Renderer.Formulas;
using Renderer.Processes;
using Renderer.Rendering;
using Renderer.Sound;
using Renderer.Typesetting;
using Renderer.Studio.Engine;

namespace Renderer.Cli.Commands;

/// <summary>still: one frame of a scene as PNG.</summary>
public static class StillCommand
{
    public static Command Create(CliContext cli)
    {
        var scene = new Argument<string>("scene") { Description = "Scene file (.yaml)" };
        var at = new Option<string?>("--at") { Description = "Time in the scene (or in the --slide): 12.5s, 500ms, a frame as 375f, or a share as 70%", HelpName = "time" };
        var slide = new Option<int?>("--slide") { Description = "A slide, numbered from 1 as 'renderer list' shows; --at is then within it (default: its middle)", HelpName = "n" };
        var frame = new Option<int?>("--frame") { Description = "Frame index (0-based)", HelpName = "n" };
        var output = new Option<string>("--output", "-o") { Description = "PNG file to write", Required = true, HelpName = "file.png" };
        var width = new Option<int?>("--width") { Description = "Image width (default: the scene's); height follows the aspect ratio", HelpName = "px" };
        var theme = CommonOptions.Theme();
        var texCache = CommonOptions.TexCache();
        var shape = new FrameShapeOptions();

        var command = new Command("still", """
            Render one frame as PNG, exactly as it appears in the video.

            Examples:
              renderer still scenes/kl.yaml --at 12.5s -o frame.png
              renderer still scenes/kl.yaml --slide 3 --at 70% -o slide3.png
              renderer still scenes/kl.yaml --frame 400 --width 960 --theme light -o small.png
              renderer still scenes/kl.yaml --slide 3 --aspect 9:16 --width 540 -o portrait.png

            still draws the frame even when the layout lint finds faults (that is how you look at them); validate
            reports them.
            """)
        {
            scene, at, slide, frame, output, width, theme, texCache,
        };
        shape.AddTo(command);
        command.SetAction((parse, cancel) => cli.Run(() =>
        {
            var atText = parse.GetValue(at);
            var frameIndex = parse.GetValue(frame);
            var slideNumber = parse.GetValue(slide);
            if (slideNumber is not null && frameIndex is not null) throw new UsageException("give --slide (with or without --at) or --frame, not both");
            if (slideNumber is null && atText is null == frameIndex is null) throw new UsageException("give exactly one of --at, --frame or --slide");
            var frameShape = shape.Resolve(parse);
            var path = parse.GetValue(output)!;
            if (Directory.Exists(path))
                throw new UsageException($"-o '{path}' is a folder; give the PNG file to write, e.g. -o {Path.Combine(path, "frame.png")}");
            var file = SceneArguments.Expand([parse.GetValue(scene)!]).Single();
            var cacheDirectory = parse.GetValue(texCache) ?? TexCache.DefaultDirectory();
            string?[] folders = [Path.GetDirectoryName(Path.GetFullPath(path)), cacheDirectory, FormulaPictureCache.DirectoryIn(cacheDirectory), SpeechCache.DefaultDirectory()];
            Interruption.Watch(folders);
            TemporaryFiles.SweepStale(folders);
            using var prepared = PreparedScene.Load(file, new PrepareOptions(parse.GetValue(theme), parse.GetValue(texCache), frameShape), cancel);
            var compiled = prepared.Compiled;
            var index = slideNumber is { } n
                ? SlideArgument.Frame(EngineAdapter.Outline(prepared), n, atText)
                : frameIndex ?? TimeArgument.ToFrame(atText!, compiled.Fps, compiled.FrameCount);
            if (index < 0 || index >= compiled.FrameCount) throw new UsageException($"--frame {index} is outside the scene's frames 0..{compiled.FrameCount - 1}");
            var video = prepared.Spec.Video;
            var w = parse.GetValue(width) ?? video.Width;
            if (w < 16 || w > 7680) throw new UsageException("--width must be from 16 to 7680");
            var h = Math.Max(1, (int)Math.Round((double)w * video.Height / video.Width));
            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(directory);
            AtomicFile.WriteAllBytes(path, prepared.StillPng(index, w, h));
            cli.Out.WriteLine($"wrote {path} (frame {index}, {w}x{h})");
            return Task.FromResult(ExitCodes.Success);
        }, cancel));
        return command;
    }
}
