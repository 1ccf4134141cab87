using Renderer.Output;
using System.CommandLine;
using Renderer.Encoding;
using Renderer.Formulas;
using Renderer.Processes;
using Renderer.Rendering;
using Renderer.Segments;
using Renderer.Sound;
using Renderer.Typesetting;
using Renderer.Studio.Engine;

namespace Renderer.Cli.Commands;

/// <summary>render: scene files or folders to MP4 + WebVTT + manifest.</summary>
public static class RenderCommand
{
    public static Command Create(CliContext cli)
    {
        var scenes = new Argument<string[]>("scenes") { Description = "Scene files (.yaml) or folders of them", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Folder for the .mp4, .vtt and .json files", DefaultValueFactory = _ => "output", HelpName = "dir" };
        var quality = new Option<string>("--quality", "-q")
        {
            Description = "preview (half size, fastest) | draft | high (default, what we publish) | 4k (3840x2160)",
            DefaultValueFactory = _ => "high",
            HelpName = "level",
        }.AcceptOnlyFromAmong([.. RenderSettings.Qualities]);
        var frames = new Option<string?>("--frames") { Description = "Render only frames A..B (inclusive, 0-based); the output name says which", HelpName = "A..B" };
        var slides = new Option<string?>("--slides") { Description = "Render only slides A..B (inclusive, numbered from 1 as 'renderer list' shows), or one slide: 3", HelpName = "A..B" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Drawing threads (default: one per core); output is identical for any number", DefaultValueFactory = _ => 0, HelpName = "n" };
        var transport = new Option<string?>("--transport")
        {
            Description = "How frames reach ffmpeg: fifo (Linux default; frames are spliced, not copied) | socket (FFMpegCore's pipe; the default elsewhere)",
            HelpName = "kind",
        }.AcceptOnlyFromAmong("fifo", "socket");
        var normalPriority = new Option<bool>("--normal-priority")
        {
            Description = "Draw at normal CPU priority; by default the drawing threads yield cores to ffmpeg, which sets the pace. Use on a machine busy with other work",
        };
        var constantRate = new Option<bool>("--cfr")
        {
            Description = "Store every frame at the constant frame rate, for editors that need one. By default a frame that stays on screen is stored once, with its duration (variable frame rate: same picture at every time, less to encode)",
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Comma-separated: mp4, webm (VP9), av1 (AV1 in WebM), mov (ProRes 4444), gif, png (numbered frames), poster (PNG + JPEG), sheet (contact sheet). Default mp4,poster; .vtt, .srt, .html and .json are always written",
            HelpName = "list",
        };
        var transparent = new Option<bool>("--transparent")
        {
            Description = "No background, for compositing: ProRes 4444 .mov and VP9 yuva420p .webm (default formats mov,webm,poster)",
        };
        var gifWidth = new Option<int>("--gif-width") { Description = "The GIF's width in pixels (default 960)", DefaultValueFactory = _ => 960, HelpName = "px" };
        var gifFps = new Option<double>("--gif-fps") { Description = "The GIF's frame rate (default 15)", DefaultValueFactory = _ => 15, HelpName = "fps" };
        var theme = CommonOptions.Theme();
        var texCache = CommonOptions.TexCache();
        var cache = SegmentOptions.Cache();
        var cacheSize = SegmentOptions.CacheSize();
        var chunk = new Option<string?>("--chunk")
        {
            Description = "Render only chunk I of N (0-based) into the cache, for a job array; 'auto/N' takes I from $JOB_COMPLETION_INDEX (Kubernetes), " +
                "$SLURM_ARRAY_TASK_ID (Slurm) or $AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch). Then 'renderer join' writes the video",
            HelpName = "I/N",
        };
        var noSegments = new Option<bool>("--no-segments")
        {
            Description = "Encode the scene as one stream, without the segment cache (as --frames and --slides do)",
        };
        var shape = new FrameShapeOptions();

        var command = new Command("render", """
            Render scenes to H.264 MP4 (yuv420p, BT.709, +faststart) and a poster, or to the formats --format names
            (frames are drawn once and fed to every encoder), with WebVTT and SRT captions, an embed page (.html) and a
            JSON manifest. A scene's sound (audio:, voice:) is mixed, loudness-normalised and encoded as AAC in MP4,
            Opus in WebM.

            Examples:
              renderer render scenes/                      render every scene into output/
              renderer render scenes/kl.yaml -q preview    quick half-size check
              renderer render scenes/kl.yaml --frames 0..299 -o /tmp/part
              renderer render scenes/kl.yaml --slides 2..3 -q preview
              renderer render scenes/kl.yaml --format mp4,webm,gif,poster,sheet
              renderer render scenes/kl.yaml --transparent --format mov,webm
              renderer render scenes/kl.yaml --aspect 9:16          portrait cut, 1080x1920
              renderer render scenes/kl.yaml --chunk 0/4 --cache /shared/segments   one task of four, then:
              renderer join scenes/kl.yaml --chunks 4 --cache /shared/segments

            A whole scene's MP4 is rendered as segments (slides, long slides cut every 300 frames) through the segment
            cache: segments whose frames did not change since an earlier render are reused, the rest are rendered,
            then all are joined by stream copy. The manifest lists them and says which were reused. Other video
            formats (webm, av1, mov, gif, png), --transparent, --frames and --slides are encoded in one piece.

            Before drawing, render checks everything validate checks (layout included) and stops with exit code 2 on
            any problem.
            """)
        {
            scenes, output, quality, format, transparent, gifWidth, gifFps, frames, slides, jobs, transport, normalPriority, constantRate, theme, texCache,
            cache, cacheSize, chunk, noSegments,
        };
        shape.AddTo(command);
        command.SetAction((parse, cancel) => cli.Run(async () =>
        {
            FrameRange? range = null;
            if (parse.GetValue(frames) is { } text)
                range = FrameRange.TryParse(text, out var r) ? r : throw new UsageException($"--frames '{text}' is not a range; write A..B, e.g. 0..299");
            (int First, int Last)? slideRange = parse.GetValue(slides) is { } slideText ? SlideArgument.ParseRange(slideText) : null;
            if (range is not null && slideRange is not null) throw new UsageException("give --frames or --slides, not both");
            if (parse.GetValue(jobs) < 0) throw new UsageException("--jobs must be 0 (one per core) or more");
            var frameTransport = parse.GetValue(transport) switch
            {
                "socket" => FrameTransport.Socket(),
                "fifo" when !OperatingSystem.IsLinux() => throw new UsageException("--transport fifo needs Linux; use socket"),
                "fifo" => FrameTransport.Fifo(),
                _ => FrameTransport.Default,
            };
            if (parse.GetValue(gifWidth) is < 16 or > 7680) throw new UsageException("--gif-width must be from 16 to 7680 pixels");
            if (parse.GetValue(gifFps) is not (>= 1 and <= 60)) throw new UsageException("--gif-fps must be from 1 to 60");
            var (delivery, formatProblem) = DeliveryOptions.Parse(parse.GetValue(format), parse.GetValue(transparent), parse.GetValue(gifWidth), parse.GetValue(gifFps));
            if (delivery is null) throw new UsageException(formatProblem!);
            var frameShape = shape.Resolve(parse);
            var outputDirectory = parse.GetValue(output)!;
            if (File.Exists(outputDirectory))
                throw new UsageException($"-o '{outputDirectory}' is a file; render writes its .mp4, .vtt and .json into a folder (made if missing)");
            var chunkSelection = parse.GetValue(chunk) is { } chunkText ? ParseChunk(chunkText) : null;
            if (chunkSelection is not null && (range is not null || slideRange is not null || parse.GetValue(noSegments)))
                throw new UsageException("--chunk renders segments of the whole scene; it does not go with --frames, --slides or --no-segments");
            if (chunkSelection is not null && (delivery.Transparent || DeliveryOptions.FramedFormats.Any(f => f != "mp4" && delivery.Has(f))))
                throw new UsageException("--chunk renders the MP4's segments; render other formats (--format webm, gif, ...) or --transparent in one piece, without --chunk");
            var maxCacheBytes = SegmentOptions.ParseSize(parse.GetValue(cacheSize));
            var segmentCache = SegmentOptions.Open(parse.GetValue(cache));
            var files = SceneArguments.Expand(parse.GetValue(scenes)!);
            VideoEncoder.RequireFfmpeg(); // before minutes of compiling, not after
            if (!parse.GetValue(noSegments)) Renderer.Segments.RenderIdentity.Prefetch(); // segment keys need it; meanwhile the scene loads
            var texDirectory = parse.GetValue(texCache) ?? TexCache.DefaultDirectory();
            string[] caches = [texDirectory, FormulaPictureCache.DirectoryIn(texDirectory), SpeechCache.DefaultDirectory()];
            Interruption.Watch([outputDirectory, .. caches]);
            TemporaryFiles.SweepStale([outputDirectory, .. caches]);
            foreach (var file in files)
            {
                cancel.ThrowIfCancellationRequested();
                using var scene = PreparedScene.LoadChecked(file, new PrepareOptions(parse.GetValue(theme), parse.GetValue(texCache), frameShape), cancel);
                if (slideRange is var (firstSlide, lastSlide))
                {
                    var (first, last) = SlideArgument.Frames(EngineAdapter.Outline(scene), firstSlide, lastSlide);
                    range = new FrameRange(first, last);
                }
                RenderSettings settings;
                try
                {
                    var mode = parse.GetValue(constantRate) ? FrameRateMode.Constant : FrameRateMode.Variable;
                    settings = RenderSettings.Resolve(scene, parse.GetValue(quality)!, range, parse.GetValue(jobs), mode) with
                    {
                        Transport = frameTransport,
                        LowPriorityWorkers = !parse.GetValue(normalPriority),
                    };
                }
                catch (ArgumentOutOfRangeException e)
                {
                    throw new UsageException(e.Message.Split(" (Parameter")[0]);
                }
                var stem = SceneRenderer.OutputStem(scene, settings, parse.GetValue(theme));
                if (chunkSelection is not null)
                {
                    var done = await ConsoleProgress.Run($"{Path.GetFileName(file)} chunk {chunkSelection}", cli.Interactive, cli.Out,
                        progress => SegmentedRenderer.RenderChunkAsync(scene, settings, chunkSelection, segmentCache, progress, cancel,
                            JoinKit.KeyFor(file, settings.Quality, new PrepareOptions(parse.GetValue(theme), parse.GetValue(texCache), frameShape), settings.Encoder.FrameRateMode),
                            stem));
                    var reused = done.Segments.Count(s => s.Reused);
                    cli.Out.WriteLine($"chunk {chunkSelection} of {Path.GetFileName(file)}: {done.Segments.Count} of {done.Plan.Segments.Count} segments " +
                        $"({done.Segments.Count - reused} rendered, {reused} already in the cache), {done.Segments.Sum(s => s.Planned.Segment.FrameCount)} frames, " +
                        $"estimated cost {done.Plan.ChunkCosts[chunkSelection.Index]:0} of {done.Plan.ChunkCosts.Sum():0}; planned in {done.PlanTime.TotalSeconds:0.00} s, " +
                        $"done in {done.Elapsed.TotalSeconds:0.0} s; cache {segmentCache.Directory}");
                    continue;
                }
                if (!parse.GetValue(noSegments) && SceneRenderer.CanUseSegments(scene, settings, delivery))
                {
                    var segmented = await ConsoleProgress.Run($"{Path.GetFileName(file)}", cli.Interactive, cli.Out,
                        progress => SceneRenderer.RenderSegmentedAsync(scene, settings, segmentCache, outputDirectory, stem, maxCacheBytes, progress, cancel, delivery));
                    var r = segmented.Result;
                    Report(cli, r, settings, scene.Compiled.Fps, $"{segmented.Segments.Count} segments, {segmented.Reused} reused; {r.RenderTime.TotalSeconds:0.0} s");
                    continue;
                }
                var result = await ConsoleProgress.Run($"{Path.GetFileName(file)}", cli.Interactive, cli.Out,
                    progress => SceneRenderer.RenderAsync(scene, settings, outputDirectory, stem, progress, cancel, delivery));
                Report(cli, result, settings, scene.Compiled.Fps, $"{result.Frames / result.RenderTime.TotalSeconds:0.0} fps");
            }
            return ExitCodes.Success;
        }, cancel));
        return command;
    }

    /// <summary>"wrote video (frames, size @ rate; <paramref name="how"/>)", then every other file written, one per line.</summary>
    private static void Report(CliContext cli, RenderResult result, RenderSettings settings, double fps, string how)
    {
        var stored = result.EncodedFrames == result.Frames ? "" : $", {result.EncodedFrames} stored (held frames once)";
        cli.Out.WriteLine($"wrote {result.VideoPath} ({result.Frames} frames{stored}, {settings.Width}x{settings.Height} @ {fps} fps; " +
            $"{how}{(result.HasSound ? ", with sound" : "")}){Describe(result.VideoPath, result)}");
        foreach (var written in result.Files.Where(f => f != result.VideoPath))
            cli.Out.WriteLine($"  {written}{Describe(written, result)}");
    }

    private static ChunkSelection ParseChunk(string text)
    {
        try
        {
            return ChunkSelection.Parse(text, Environment.GetEnvironmentVariable);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static string Describe(string path, RenderResult result) => path switch
    {
        _ when path.EndsWith(".gif", StringComparison.Ordinal) && result.GifBytes is { } bytes => $" ({bytes / 1024.0 / 1024.0:0.00} MB)",
        _ when path.EndsWith(".jpg", StringComparison.Ordinal) && result.Poster is { } poster => $" (poster: frame {poster.Frame}, {poster.Reason})",
        _ => "",
    };
}
