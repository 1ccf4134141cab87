using System.Reflection;
using System.Text.Json;
using Renderer.Rendering;

namespace Renderer.Output;

/// <summary>
/// The record of a render, written beside the video as &lt;scene&gt;.json: what was rendered, how, how long it
/// took, and every simulation's inputs and whole trace, so anyone can re-check the numbers on screen.
/// </summary>
public static class RenderManifest
{
    public const int SchemaVersion = 1;

    internal static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string RendererVersion =>
        typeof(RenderManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <param name="segmented">For a render made of segments: the segments, which were reused, and the join.</param>
    public static string Json(PreparedScene scene, RenderSettings settings, RenderResult result, SegmentedRenderResult? segmented = null) =>
        Json(SceneOutputs.From(scene, settings.Range), settings, result, segmented);

    /// <param name="scene">What the manifest takes from the compiled scene.</param>
    /// <param name="segmented">For a render made of segments: the segments, which were reused, and the join.</param>
    public static string Json(SceneOutputs scene, RenderSettings settings, RenderResult result, SegmentedRenderResult? segmented = null)
    {
        var manifest = new
        {
            schemaVersion = SchemaVersion,
            renderer = new { name = "renderer", version = RendererVersion },
            scene = new { path = scene.ScenePath, sha256 = scene.SceneSha256, title = scene.Title, seed = scene.Seed },
            settings = new
            {
                width = settings.Width,
                height = settings.Height,
                fps = scene.Fps,
                quality = settings.Quality,
                crf = settings.Encoder.Crf,
                preset = settings.Encoder.Preset,
                pixelInput = settings.Encoder.PixelInput.ToString().ToLowerInvariant(),
                theme = scene.Theme,
                jobs = settings.Jobs,
                frames = new { first = settings.Range.First, last = settings.Range.Last },
            },
            output = new
            {
                video = Path.GetFileName(result.VideoPath),
                subtitles = result.SubtitlePath is null ? null : Path.GetFileName(result.SubtitlePath),
                frameCount = result.Frames,
                encodedFrames = result.EncodedFrames,
                frameRate = result.FrameRateMode == Encoding.FrameRateMode.Variable ? "variable" : "constant",
                durationSeconds = (double)result.Frames / scene.Fps,
                files = result.Files.Select(Path.GetFileName),
                poster = result.Poster is { } poster ? new { frame = poster.Frame, reason = poster.Reason } : null,
                gifBytes = result.GifBytes,
                sound = result.HasSound,
            },
            timings = new
            {
                loadSeconds = scene.LoadSeconds,
                compileSeconds = scene.CompileSeconds,
                renderSeconds = result.RenderTime.TotalSeconds,
                framesPerSecond = result.Frames / Math.Max(1e-9, result.RenderTime.TotalSeconds),
                peakRssMegabytes = ProcessMemory.PeakRssMegabytes(),
                rendererCpuSeconds = result.RendererCpu?.TotalSeconds,
                posterCpuSeconds = result.PosterCpu?.TotalSeconds,
                encoderCpuSeconds = result.EncoderCpu?.TotalSeconds,
                waitingForFramesSeconds = result.WaitingForFrames.TotalSeconds,
            },
            segments = segmented is null ? null : new
            {
                cache = segmented.CacheDirectory,
                maxFrames = Segments.SegmentPlanner.DefaultMaxFrames,
                count = segmented.Segments.Count,
                reused = segmented.Reused,
                rendered = segmented.Segments.Count - segmented.Reused,
                joinSeconds = segmented.JoinTime.TotalSeconds,
                items = segmented.Segments.Select(o => new
                {
                    index = o.Planned.Segment.Index,
                    slide = o.Planned.Segment.Slide + 1,
                    firstFrame = o.Planned.Segment.First,
                    lastFrame = o.Planned.Segment.Last,
                    frames = o.Planned.Segment.FrameCount,
                    encodedFrames = o.EncodedFrames,
                    key = o.Planned.Key,
                    reused = o.Reused,
                    renderSeconds = o.Reused ? (double?)null : o.RenderTime.TotalSeconds,
                    drawnFrames = o.Planned.DrawnFrames,
                    estimatedCost = Math.Round(o.Planned.Cost, 1),
                }),
            },
            slides = scene.Slides,
            simulations = scene.Simulations,
        };
        return JsonSerializer.Serialize(manifest, Options);
    }
}
