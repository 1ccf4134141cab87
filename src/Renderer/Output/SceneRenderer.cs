using Renderer.Rendering;
using System.Diagnostics;
using Renderer.Encoding;

namespace Renderer.Output;

/// <summary>Renders a prepared scene to MP4, with its WebVTT captions and its manifest beside it.</summary>
public static class SceneRenderer
{
    public static string OutputStem(PreparedScene scene, RenderSettings settings, string? themeOverride)
    {
        var stem = Path.GetFileNameWithoutExtension(scene.ScenePath);
        if (themeOverride is not null) stem += "-" + themeOverride;
        if (settings.Range.First != 0 || settings.Range.Last != scene.Compiled.FrameCount - 1) stem += $".frames-{settings.Range.First}-{settings.Range.Last}";
        return stem;
    }

    public static async Task<RenderResult> RenderAsync(PreparedScene scene, RenderSettings settings, string outputDirectory, string stem,
        IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(outputDirectory);
        var video = Path.Combine(outputDirectory, stem + ".mp4");
        var source = scene.FrameSource(settings.Width, settings.Height);
        var clock = Stopwatch.StartNew();
        var (ownCpu, childCpu) = (CpuClock.Self(), CpuClock.Children());
        RenderSummary summary;
        int encodedFrames;
        await using (var encoder = VideoEncoder.Start(video, settings.Encoder, settings.Transport))
        {
            var options = new FramePipelineOptions
            {
                StartFrame = settings.Range.First,
                EndFrame = settings.Range.Last + 1,
                Jobs = settings.Jobs,
                LowPriorityWorkers = settings.LowPriorityWorkers,
            };
            summary = await FramePipeline.RunAsync(source, encoder, options, progress, cancellationToken).ConfigureAwait(false);
            encodedFrames = encoder.EncodedFrames;
        }
        clock.Stop();
        // ffmpeg has exited and been waited for, so its CPU time is in the children's account.
        var (rendererCpu, encoderCpu) = (CpuClock.Self() - ownCpu, CpuClock.Children() - childCpu);

        string? subtitles = null;
        if (scene.Spec.Slides.Any(s => s.Caption is not null))
        {
            subtitles = Path.Combine(outputDirectory, stem + ".vtt");
            AtomicFile.WriteAllText(subtitles, WebVttWriter.Write(scene.Compiled, settings.Range.First));
        }
        var manifest = Path.Combine(outputDirectory, stem + ".json");
        var result = new RenderResult(video, manifest, subtitles, settings.Range.Count, clock.Elapsed, rendererCpu, encoderCpu, summary.WaitingForFrames)
        {
            EncodedFrames = encodedFrames,
            FrameRateMode = settings.Encoder.FrameRateMode,
        };
        AtomicFile.WriteAllText(manifest, RenderManifest.Json(scene, settings, result));
        return result;
    }
}
