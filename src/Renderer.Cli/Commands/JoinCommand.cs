using System.CommandLine;
using Renderer.Encoding;
using Renderer.Output;
using Renderer.Rendering;
using Renderer.Segments;
using Renderer.Sound;
using Renderer.Typesetting;

namespace Renderer.Cli.Commands;

/// <summary>join: the final MP4, poster, captions, page and manifest from segments that chunks rendered into a shared cache.</summary>
public static class JoinCommand
{
    public static Command Create(CliContext cli)
    {
        var scene = new Argument<string>("scene") { Description = "The scene file (.yaml) the chunks rendered" };
        var output = new Option<string>("--output", "-o") { Description = "Folder for the .mp4 and the files beside it", DefaultValueFactory = _ => "output", HelpName = "dir" };
        var quality = new Option<string>("--quality", "-q")
        {
            Description = "The quality the chunks rendered at",
            DefaultValueFactory = _ => "high",
            HelpName = "level",
        }.AcceptOnlyFromAmong([.. RenderSettings.Qualities]);
        var chunks = new Option<int>("--chunks")
        {
            Description = "How many chunks the render was split into (the N of --chunk I/N): a missing segment is then named with the chunk to rerun",
            DefaultValueFactory = _ => 1,
            HelpName = "N",
        };
        var constantRate = new Option<bool>("--cfr") { Description = "The chunks rendered with --cfr" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Threads that evaluate frames to key the segments (default: one per core)", DefaultValueFactory = _ => 0, HelpName = "n" };
        var theme = CommonOptions.Theme();
        var texCache = CommonOptions.TexCache();
        var cache = SegmentOptions.Cache();
        var shape = new FrameShapeOptions();

        var command = new Command("join", """
            Join the segments of a split render (render --chunk I/N) into the MP4, with its poster, captions (.vtt, .srt),
            embed page and manifest.
            Checks first that every segment is in the cache and consistent (same frames, settings, renderer and
            encoder, same stream parameters); if not, exits with 1 and names the chunks to run again. Give it the
            same scene, quality, --theme, --size/--aspect and --cfr as the chunks.

            Examples:
              renderer join scenes/kl.yaml --chunks 4 --cache /shared/segments -o /shared/out
            """)
        {
            scene, output, quality, chunks, constantRate, jobs, theme, texCache, cache,
        };
        shape.AddTo(command);
        command.SetAction((parse, cancel) => cli.Run(async () =>
        {
            if (parse.GetValue(chunks) < 1) throw new UsageException("--chunks must be 1 or more");
            if (parse.GetValue(jobs) < 0) throw new UsageException("--jobs must be 0 (one per core) or more");
            var outputDirectory = parse.GetValue(output)!;
            if (File.Exists(outputDirectory))
                throw new UsageException($"-o '{outputDirectory}' is a file; join writes its .mp4, .vtt and .json into a folder (made if missing)");
            var segmentCache = SegmentOptions.Open(parse.GetValue(cache));
            var file = SceneArguments.Expand([parse.GetValue(scene)!]).Single();
            VideoEncoder.RequireFfmpeg();
            Interruption.Watch(outputDirectory, parse.GetValue(texCache) ?? TexCache.DefaultDirectory(), SpeechCache.DefaultDirectory());
            var options = new PrepareOptions(parse.GetValue(theme), parse.GetValue(texCache), shape.Resolve(parse));
            var mode = parse.GetValue(constantRate) ? FrameRateMode.Constant : FrameRateMode.Variable;
            var joined = await JoinFromKitAsync(file, options, parse.GetValue(quality)!, mode, parse.GetValue(jobs), parse.GetValue(chunks), segmentCache, outputDirectory, cancel);
            var how = joined is null ? "" : "; the scene as the first chunk compiled it";
            if (joined is null)
            {
                RenderIdentity.Prefetch(); // the plan's fingerprint needs it; meanwhile the scene loads
                using var prepared = PreparedScene.Load(file, options, cancel);
                var settings = RenderSettings.Resolve(prepared, parse.GetValue(quality)!, null, parse.GetValue(jobs), mode);
                var stem = SceneRenderer.OutputStem(prepared, settings, parse.GetValue(theme));
                var plan = SegmentedRenderer.Plan(prepared, settings, parse.GetValue(chunks), cancel, segmentCache);
                joined = await SceneRenderer.JoinAsync(prepared, settings, plan, segmentCache, outputDirectory, stem, cancel);
            }
            var r = joined.Result;
            cli.Out.WriteLine($"wrote {r.VideoPath} ({r.Frames} frames, {r.EncodedFrames} stored, from {joined.Segments.Count} segments; joined in {joined.JoinTime.TotalSeconds:0.00} s{how})");
            foreach (var written in r.Files.Where(f => f != r.VideoPath))
                cli.Out.WriteLine($"  {written}");
            return ExitCodes.Success;
        }, cancel));
        return command;
    }

    /// <summary>
    /// The join from the kit the first chunk stored (<see cref="JoinKit"/>): no scene loaded or compiled. Null when
    /// there is no kit for these choices, it no longer matches this machine or the scene's files, or its plan is gone;
    /// the caller then joins from the scene.
    /// </summary>
    private static async Task<SegmentedRenderResult?> JoinFromKitAsync(string file, PrepareOptions options, string quality, FrameRateMode mode, int jobs, int chunks,
        SegmentCache cache, string outputDirectory, CancellationToken cancel)
    {
        var kit = new JoinKitStore(cache.Directory).Find(JoinKit.KeyFor(file, quality, options, mode));
        PhaseTimings.Mark("join kit read");
        if (kit is null || kit.Problem(file) is not null) return null;
        var planned = cache.Plans.Find(kit.Fingerprint, kit.Segments);
        PhaseTimings.Mark("join kit checked, plan read");
        if (planned is null) return null;
        var plan = ScenePlan.Create(planned, chunks) with { Fingerprint = kit.Fingerprint };
        return await SceneRenderer.JoinAsync(kit, jobs, plan, cache, outputDirectory, cancel);
    }
}
