using Renderer.Rendering;
using System.Diagnostics;
using Renderer.Encoding;
using Renderer.Sound;

namespace Renderer.Output;

/// <summary>
/// Renders a prepared scene into every delivery format asked for (<see cref="DeliveryOptions"/>), with its captions
/// (.vtt, .srt), embed page (.html) and manifest (.json) beside them.
/// </summary>
/// <remarks>
/// Frames are drawn once and fed to one encoder per video format (<see cref="FanOutFrameSink"/>). Everything is
/// written into a staging folder beside the outputs (<c>.&lt;stem&gt;.tmp-PID-…</c>, same file system) and each file
/// is renamed into place only when all succeeded, so no output is ever half-written and a failed render leaves the
/// previous files as they were.
/// </remarks>
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
        IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default, DeliveryOptions? delivery = null)
    {
        delivery ??= DeliveryOptions.Default;
        Directory.CreateDirectory(outputDirectory);
        var staging = Processes.TemporaryFiles.CreateStagingFolder(Path.Combine(outputDirectory, stem));
        try
        {
            var result = await RenderIntoAsync(scene, settings, staging, stem, delivery, progress, cancellationToken).ConfigureAwait(false);
            var published = Publish(staging, outputDirectory);
            string Final(string? path) => path is null ? null! : Path.Combine(outputDirectory, Path.GetFileName(path));
            return result with
            {
                VideoPath = Final(result.VideoPath),
                ManifestPath = Final(result.ManifestPath),
                SubtitlePath = result.SubtitlePath is null ? null : Final(result.SubtitlePath),
                Files = published,
            };
        }
        finally
        {
            try { Directory.Delete(staging, recursive: true); }
            catch (IOException) { /* swept by the next render */ }
        }
    }

    private static async Task<RenderResult> RenderIntoAsync(PreparedScene scene, RenderSettings settings, string staging, string stem,
        DeliveryOptions delivery, IProgress<RenderProgress>? progress, CancellationToken cancellationToken)
    {
        string Staged(string extension) => Path.Combine(staging, stem + extension);
        bool transparent = delivery.Transparent;
        // Exact RGB for PNGs and alpha need the drawn BGRA; otherwise the workers convert to yuv420p (faster, 3/8 of the bytes).
        var pixels = transparent || delivery.Has("png") ? RawPixelFormat.Bgra : RawPixelFormat.Yuv420p;
        var encoder = settings.Encoder with { PixelInput = pixels };
        var outputs = new List<(EncoderOutput Output, string Path)>();
        if (delivery.Has("mp4")) outputs.Add((EncoderOutput.Mp4, Staged(".mp4")));
        if (delivery.Has("webm")) outputs.Add((transparent ? EncoderOutput.WebMAlpha : EncoderOutput.WebM, Staged(".webm")));
        if (delivery.Has("av1")) outputs.Add((EncoderOutput.Av1, Staged(".av1.webm")));
        if (delivery.Has("mov")) outputs.Add((EncoderOutput.ProRes4444, Staged(".mov")));
        if (delivery.Has("png"))
        {
            Directory.CreateDirectory(Staged("-frames"));
            outputs.Add((EncoderOutput.PngSequence(transparent), Path.Combine(Staged("-frames"), "%05d.png")));
        }
        int gifWidth = Math.Min(delivery.GifWidth, settings.Width) & ~1;
        double gifFps = Math.Min(delivery.GifFps, scene.Compiled.Fps);
        if (delivery.Has("gif")) outputs.Add((EncoderOutput.GifSource(gifWidth, gifFps), Staged(".gif-source.mkv")));

        var clock = Stopwatch.StartNew();
        var (ownCpu, childCpu) = (CpuClock.Self(), CpuClock.Children());
        RenderSummary? summary = null;
        int encodedFrames = 0;
        if (outputs.Count > 0)
        {
            var encoders = new List<VideoEncoder>();
            try
            {
                foreach (var (output, path) in outputs)
                    encoders.Add(VideoEncoder.Start(path, encoder, settings.Transport, output));
                await using IFrameSink sink = transparent
                    ? new UnpremultiplyingSink(new FanOutFrameSink(encoders), settings.Width, settings.Height)
                    : new FanOutFrameSink(encoders);
                encoders = []; // the sink owns them now
                var options = new FramePipelineOptions
                {
                    StartFrame = settings.Range.First,
                    EndFrame = settings.Range.Last + 1,
                    Jobs = settings.Jobs,
                    LowPriorityWorkers = settings.LowPriorityWorkers,
                };
                summary = await FramePipeline.RunAsync(scene.FrameSource(settings.Width, settings.Height, transparent), sink, options, progress, cancellationToken).ConfigureAwait(false);
                encodedFrames = settings.Encoder.FrameRateMode == FrameRateMode.Constant ? settings.Range.Count : summary.FramesWritten;
            }
            finally
            {
                foreach (var started in encoders) await started.DisposeAsync().ConfigureAwait(false);
            }
        }

        long? gifBytes = null;
        if (delivery.Has("gif"))
        {
            await GifWriter.WriteAsync(Staged(".gif-source.mkv"), Staged(".gif"), cancellationToken).ConfigureAwait(false);
            File.Delete(Staged(".gif-source.mkv"));
            gifBytes = new FileInfo(Staged(".gif")).Length;
        }

        var withSound = outputs.Where(o => DeliveryArguments.CarriesSound(Extension(o.Path))).ToList();
        bool sound = scene.Spec.HasSound && withSound.Count > 0;
        if (sound)
        {
            var track = Staged(".sound.wav");
            await SoundtrackMixer.WriteAsync(Soundtrack.Plan(scene, settings.Range), track, cancellationToken).ConfigureAwait(false);
            foreach (var (_, path) in withSound)
            {
                var muxed = Path.Combine(staging, ".muxed" + Extension(path));
                await FfmpegProcess.RunAsync(DeliveryArguments.MuxSound(path, track, muxed, Extension(path)), "adding the sound track", cancellationToken).ConfigureAwait(false);
                File.Move(muxed, path, overwrite: true);
            }
            File.Delete(track);
        }
        clock.Stop();
        // Every ffmpeg has exited and been waited for, so its CPU time is in the children's account.
        var (rendererCpu, encoderCpu) = (CpuClock.Self() - ownCpu, CpuClock.Children() - childCpu);

        (int Frame, string Reason)? poster = null;
        if (delivery.Has("poster"))
        {
            poster = Stills.PosterFrame(scene, settings.Range);
            var (png, jpeg) = Stills.Poster(scene, poster.Value.Frame, settings.Width, settings.Height, transparent);
            AtomicFile.WriteAllBytes(Staged(".png"), png);
            if (jpeg is not null) AtomicFile.WriteAllBytes(Staged(".jpg"), jpeg);
        }
        if (delivery.Has("sheet"))
            AtomicFile.WriteAllBytes(Staged(".sheet.png"), Stills.Sheet(scene));

        string? subtitles = null;
        if (scene.Spec.Slides.Any(s => s.Caption is not null))
        {
            subtitles = Staged(".vtt");
            AtomicFile.WriteAllText(subtitles, WebVttWriter.Write(scene.Compiled, settings.Range.First));
            AtomicFile.WriteAllText(Staged(".srt"), SrtWriter.Write(scene.Compiled, settings.Range.First, settings.Range.Last + 1));
        }

        string? Named(string extension) => File.Exists(Staged(extension)) ? stem + extension : null;
        var snippet = EmbedPage.Snippet(scene.Spec.Title, settings.Width, settings.Height, transparent ? null : Named(".webm"), Named(".mp4"),
            Named(".jpg") ?? Named(".png"), Named(".vtt"), sound);
        AtomicFile.WriteAllText(Staged(".html"), EmbedPage.Page(scene.Spec.Title, snippet));

        var video = outputs.Count > 0 ? outputs[0].Path : Staged(".png");
        if (delivery.Has("gif") && outputs.Count == 1) video = Staged(".gif");
        var manifest = Staged(".json");
        var result = new RenderResult(video, manifest, subtitles, settings.Range.Count, clock.Elapsed, rendererCpu, encoderCpu, summary?.WaitingForFrames ?? TimeSpan.Zero)
        {
            EncodedFrames = encodedFrames,
            FrameRateMode = settings.Encoder.FrameRateMode,
            Poster = poster,
            GifBytes = gifBytes,
            HasSound = sound,
            Files = [.. Directory.GetFileSystemEntries(staging).Where(f => !Path.GetFileName(f).StartsWith('.')).Append(manifest).Order(StringComparer.Ordinal)],
        };
        AtomicFile.WriteAllText(manifest, RenderManifest.Json(scene, settings, result));
        return result;
    }

    private static string Extension(string path) => path.EndsWith(".av1.webm", StringComparison.Ordinal) ? ".av1.webm" : Path.GetExtension(path);

    /// <summary>
    /// Moves every staged file into <paramref name="outputDirectory"/> by rename (atomic: same file system), and a
    /// staged PNG sequence folder in place of the old one. Returns the final paths.
    /// </summary>
    private static IReadOnlyList<string> Publish(string staging, string outputDirectory)
    {
        var published = new List<string>();
        foreach (var folder in Directory.GetDirectories(staging))
        {
            var target = Path.Combine(outputDirectory, Path.GetFileName(folder));
            if (Directory.Exists(target))
            {
                var old = Path.Combine(staging, ".old-" + Path.GetFileName(folder));
                Directory.Move(target, old);
            }
            Directory.Move(folder, target);
            published.Add(target);
        }
        foreach (var file in Directory.GetFiles(staging).Where(f => !Path.GetFileName(f).StartsWith('.')))
        {
            var target = Path.Combine(outputDirectory, Path.GetFileName(file));
            File.Move(file, target, overwrite: true);
            published.Add(target);
        }
        return published;
    }
}
