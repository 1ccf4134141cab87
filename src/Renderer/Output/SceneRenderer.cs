using Renderer.Rendering;
using System.Diagnostics;
using Renderer.Encoding;
using Renderer.Segments;
using Renderer.Sound;
using Renderer.Processes;

namespace Renderer.Output;

/// <summary>
/// Renders a prepared scene into every delivery format asked for (<see cref="DeliveryOptions"/>), with its captions
/// (.vtt, .srt), embed page (.html) and manifest (.json) beside them.
/// </summary>
/// <remarks>
/// Frames are drawn once and fed to one encoder per video format (<see cref="FanOutFrameSink"/>); or, for a whole
/// scene whose only video is the opaque MP4, the MP4 is joined from segments (<see cref="RenderSegmentedAsync"/>,
/// <see cref="JoinAsync"/>) and the rest is made after the join exactly as after a one-piece render. Everything is
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

    /// <summary>Renders the scene (or <see cref="RenderSettings.Range"/> of it) in one piece into every format asked for.</summary>
    public static async Task<RenderResult> RenderAsync(PreparedScene scene, RenderSettings settings, string outputDirectory, string stem,
        IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default, DeliveryOptions? delivery = null)
    {
        delivery ??= DeliveryOptions.Default;
        var (result, _) = await StageAsync(OutputSource.Of(scene, settings, delivery.Transparent), settings, outputDirectory, stem, delivery,
            staging => EncodeOnePieceAsync(scene, settings, staging, stem, delivery, progress, cancellationToken), cancellationToken, posterAlongside: false).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// True when the MP4 can be made of segments: the whole scene, opaque, and MP4 the only video format (the
    /// cache holds H.264 segments; WebM, AV1, ProRes, PNG frames and the GIF are encoded in one piece).
    /// </summary>
    public static bool CanUseSegments(PreparedScene scene, RenderSettings settings, DeliveryOptions delivery) =>
        settings.Range.First == 0 && settings.Range.Last == scene.Compiled.FrameCount - 1 && !delivery.Transparent
        && delivery.Has("mp4") && !DeliveryOptions.FramedFormats.Any(f => f != "mp4" && delivery.Has(f));

    /// <summary>
    /// Renders the whole scene with its MP4 made of segments through <paramref name="cache"/> (only segments whose
    /// frames changed are rendered), then everything else as <see cref="RenderAsync"/> does; trims the cache after.
    /// </summary>
    public static async Task<SegmentedRenderResult> RenderSegmentedAsync(PreparedScene scene, RenderSettings settings, SegmentCache cache, string outputDirectory,
        string stem, long maxCacheBytes = SegmentCache.DefaultMaxBytes, IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default,
        DeliveryOptions? delivery = null)
    {
        delivery ??= DeliveryOptions.Default;
        if (!CanUseSegments(scene, settings, delivery))
            throw new ArgumentException("segments make the whole scene's opaque MP4; render other formats and frame ranges in one piece");
        ScenePlan? plan = null;
        var (result, segmented) = await StageAsync(OutputSource.Of(scene, settings, delivery.Transparent), settings, outputDirectory, stem, delivery, async staging =>
        {
            var (made, outcomes, joinTime) = await SegmentedRenderer.RenderVideoAsync(scene, settings, cache, Path.Combine(staging, stem + ".mp4"), progress, cancellationToken)
                .ConfigureAwait(false);
            plan = made;
            return new EncodedVideos([(EncoderOutput.Mp4, Path.Combine(staging, stem + ".mp4"))], null, outcomes.Sum(o => o.EncodedFrames),
                new SegmentedVideo(outcomes, cache.Directory, joinTime));
        }, cancellationToken, posterAlongside: true).ConfigureAwait(false);
        cache.Trim(maxCacheBytes, plan!.Segments.Select(s => s.Key).ToHashSet());
        PhaseTimings.Mark("cache trim");
        return segmented!;
    }

    /// <summary>
    /// The files of a split render: joins the segments its chunks rendered into <paramref name="cache"/> (failing
    /// with <see cref="SegmentsMissingException"/> if any is missing or unusable), then writes everything else.
    /// </summary>
    public static async Task<SegmentedRenderResult> JoinAsync(PreparedScene scene, RenderSettings settings, ScenePlan plan, SegmentCache cache, string outputDirectory,
        string stem, CancellationToken cancellationToken = default, DeliveryOptions? delivery = null)
    {
        delivery ??= DeliveryOptions.Default;
        if (!CanUseSegments(scene, settings, delivery))
            throw new ArgumentException("a join makes the whole scene's opaque MP4 (with its poster, sheet, captions and page)");
        return await JoinAsync(OutputSource.Of(scene, settings, transparent: false), settings, plan, cache, outputDirectory, stem, delivery, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <see cref="JoinAsync(PreparedScene, RenderSettings, ScenePlan, SegmentCache, string, string, CancellationToken, DeliveryOptions?)"/>
    /// without the scene: the files beside the video come from what a chunk stored of the compiled scene.
    /// </summary>
    public static Task<SegmentedRenderResult> JoinAsync(JoinKit kit, int jobs, ScenePlan plan, SegmentCache cache, string outputDirectory,
        CancellationToken cancellationToken = default) =>
        JoinAsync(new OutputSource(new Lazy<SceneOutputs>(kit.Outputs), () => (kit.PosterFrame, kit.PosterPng, kit.PosterJpeg), null, null), kit.SettingsWith(jobs), plan,
            cache, outputDirectory, kit.Stem, DeliveryOptions.Default, cancellationToken);

    private static async Task<SegmentedRenderResult> JoinAsync(OutputSource source, RenderSettings settings, ScenePlan plan, SegmentCache cache, string outputDirectory,
        string stem, DeliveryOptions delivery, CancellationToken cancellationToken)
    {
        var (_, segmented) = await StageAsync(source, settings, outputDirectory, stem, delivery, async staging =>
        {
            var video = Path.Combine(staging, stem + ".mp4");
            var (outcomes, joinTime) = await SegmentedRenderer.JoinVideoAsync(settings, plan, cache, video, null, cancellationToken).ConfigureAwait(false);
            return new EncodedVideos([(EncoderOutput.Mp4, video)], null, outcomes.Sum(o => o.EncodedFrames), new SegmentedVideo(outcomes, cache.Directory, joinTime));
        }, cancellationToken, posterAlongside: true).ConfigureAwait(false);
        return segmented!;
    }

    /// <summary>Makes the files in a staging folder, then renames them into <paramref name="outputDirectory"/>.</summary>
    /// <param name="posterAlongside">Draw the poster while the video is made rather than after (see <see cref="RenderIntoAsync"/>).</param>
    private static async Task<(RenderResult Result, SegmentedRenderResult? Segmented)> StageAsync(OutputSource scene, RenderSettings settings, string outputDirectory,
        string stem, DeliveryOptions delivery, Func<string, Task<EncodedVideos>> encode, CancellationToken cancellationToken, bool posterAlongside)
    {
        Directory.CreateDirectory(outputDirectory);
        var staging = Processes.TemporaryFiles.CreateStagingFolder(Path.Combine(outputDirectory, stem));
        try
        {
            var (result, segmented) = await RenderIntoAsync(scene, settings, staging, stem, delivery, encode, cancellationToken, posterAlongside).ConfigureAwait(false);
            var published = Publish(staging, outputDirectory);
            PhaseTimings.Mark("publish");
            string Final(string? path) => path is null ? null! : Path.Combine(outputDirectory, Path.GetFileName(path));
            result = result with
            {
                VideoPath = Final(result.VideoPath),
                ManifestPath = Final(result.ManifestPath),
                SubtitlePath = result.SubtitlePath is null ? null : Final(result.SubtitlePath),
                Files = published,
            };
            return (result, segmented is null ? null : segmented with { Result = result });
        }
        finally
        {
            try { Directory.Delete(staging, recursive: true); }
            catch (IOException) { /* swept by the next render */ }
        }
    }

    /// <summary>The staged video files, how many frames the first stores, and the segments when it was made of them.</summary>
    private sealed record EncodedVideos(IReadOnlyList<(EncoderOutput Output, string Path)> Outputs, RenderSummary? Summary, int EncodedFrames, SegmentedVideo? Segments);

    private sealed record SegmentedVideo(IReadOnlyList<SegmentOutcome> Outcomes, string CacheDirectory, TimeSpan JoinTime);

    /// <summary>Draws the frames once and feeds them to one encoder per video format.</summary>
    private static async Task<EncodedVideos> EncodeOnePieceAsync(PreparedScene scene, RenderSettings settings, string staging, string stem,
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
        if (outputs.Count == 0) return new EncodedVideos(outputs, null, 0, null);

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
            var summary = await FramePipeline.RunAsync(scene.FrameSource(settings.Width, settings.Height, transparent), sink, options, progress, cancellationToken).ConfigureAwait(false);
            var encodedFrames = settings.Encoder.FrameRateMode == FrameRateMode.Constant ? settings.Range.Count : summary.FramesWritten;
            return new EncodedVideos(outputs, summary, encodedFrames, null);
        }
        finally
        {
            foreach (var started in encoders) await started.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The videos (<paramref name="encode"/>), then the GIF, sound, poster, sheet, captions, page and manifest.</summary>
    /// <param name="posterAlongside">
    /// Draw the poster on another thread while <paramref name="encode"/> runs. For a video made of segments, where an
    /// edit renders few frames or none (a join renders none), the poster frame then costs no wall time beside the
    /// stream copy, which mostly waits for ffmpeg (measured: 0.26–0.55 s of a 4–6 s join). A one-piece render keeps
    /// every core busy drawing and encoding, so there it is drawn after, as before. Its CPU then counts in the
    /// manifest's renderer CPU.
    /// </param>
    private static async Task<(RenderResult Result, SegmentedRenderResult? Segmented)> RenderIntoAsync(OutputSource scene, RenderSettings settings, string staging,
        string stem, DeliveryOptions delivery, Func<string, Task<EncodedVideos>> encode, CancellationToken cancellationToken, bool posterAlongside)
    {
        string Staged(string extension) => Path.Combine(staging, stem + extension);
        bool transparent = delivery.Transparent;
        var clock = Stopwatch.StartNew();
        var (ownCpu, childCpu) = (CpuClock.Self(), CpuClock.Children());
        // The poster is a still, not part of the video's per-frame cost: its thread's CPU is reported on its own.
        TimeSpan? posterCpu = null;
        Task<((int Frame, string Reason) Frame, byte[] Png, byte[]? Jpeg)>? drawing = posterAlongside && delivery.Has("poster")
            ? Task.Run(() =>
            {
                var start = CpuClock.CurrentThread();
                var drawn = scene.Poster();
                posterCpu = CpuClock.CurrentThread() - start;
                return drawn;
            }, cancellationToken)
            : null;
        EncodedVideos videos;
        try
        {
            videos = await encode(staging).ConfigureAwait(false);
        }
        catch
        {
            // The poster is drawn with the scene's fonts, which the caller frees once this returns: wait for it.
            if (drawing is not null) await Task.WhenAny(drawing).ConfigureAwait(false);
            throw;
        }
        var (outputs, summary, encodedFrames) = (videos.Outputs, videos.Summary, videos.EncodedFrames);
        // In one piece the pipeline measured it; in segments, each segment's pipeline did (reused ones waited for nothing).
        var waitingForFrames = summary?.WaitingForFrames
            ?? videos.Segments?.Outcomes.Aggregate(TimeSpan.Zero, (sum, o) => sum + o.WaitingForFrames) ?? TimeSpan.Zero;

        long? gifBytes = null;
        if (delivery.Has("gif"))
        {
            await GifWriter.WriteAsync(Staged(".gif-source.mkv"), Staged(".gif"), cancellationToken).ConfigureAwait(false);
            File.Delete(Staged(".gif-source.mkv"));
            gifBytes = new FileInfo(Staged(".gif")).Length;
        }

        var withSound = outputs.Where(o => DeliveryArguments.CarriesSound(Extension(o.Path))).ToList();
        bool sound = scene.Facts.Value.HasSound && withSound.Count > 0;
        if (sound)
        {
            var track = Staged(".sound.wav");
            await (scene.Soundtrack ?? throw new InvalidOperationException("no sound track to write"))(track, cancellationToken).ConfigureAwait(false);
            foreach (var (_, path) in withSound)
            {
                var muxed = Path.Combine(staging, ".muxed" + Extension(path));
                await FfmpegProcess.RunAsync(DeliveryArguments.MuxSound(path, track, muxed, Extension(path)), "adding the sound track", cancellationToken).ConfigureAwait(false);
                File.Move(muxed, path, overwrite: true);
            }
            File.Delete(track);
        }
        clock.Stop();
        PhaseTimings.Mark("gif, sound");
        // Every ffmpeg has exited and been waited for, so its CPU time is in the children's account. The poster
        // (long done by now) is awaited first, so that all of its CPU falls in the window it is taken out of.
        if (drawing is not null) await Task.WhenAny(drawing).ConfigureAwait(false);
        var (rendererCpu, encoderCpu) = (CpuClock.Self() - ownCpu - (posterCpu ?? TimeSpan.Zero), CpuClock.Children() - childCpu);

        (int Frame, string Reason)? poster = null;
        if (delivery.Has("poster"))
        {
            var (frame, png, jpeg) = drawing is not null ? await drawing.ConfigureAwait(false) : scene.Poster();
            poster = frame;
            AtomicFile.WriteAllBytes(Staged(".png"), png);
            if (jpeg is not null) AtomicFile.WriteAllBytes(Staged(".jpg"), jpeg);
            PhaseTimings.Mark("poster (PNG, JPEG)");
        }
        if (delivery.Has("sheet"))
        {
            AtomicFile.WriteAllBytes(Staged(".sheet.png"), (scene.Sheet ?? throw new InvalidOperationException("no contact sheet to draw"))());
            PhaseTimings.Mark("sheet");
        }

        string? subtitles = null;
        if (scene.Facts.Value is { WebVtt: { } webVtt, Srt: { } srt })
        {
            subtitles = Staged(".vtt");
            AtomicFile.WriteAllText(subtitles, webVtt);
            AtomicFile.WriteAllText(Staged(".srt"), srt);
        }

        string? Named(string extension) => File.Exists(Staged(extension)) ? stem + extension : null;
        var snippet = EmbedPage.Snippet(scene.Facts.Value.Title, settings.Width, settings.Height, transparent ? null : Named(".webm"), Named(".mp4"),
            Named(".jpg") ?? Named(".png"), Named(".vtt"), sound);
        AtomicFile.WriteAllText(Staged(".html"), EmbedPage.Page(scene.Facts.Value.Title, snippet));

        var video = outputs.Count > 0 ? outputs[0].Path : Staged(".png");
        if (delivery.Has("gif") && outputs.Count == 1) video = Staged(".gif");
        var manifest = Staged(".json");
        var result = new RenderResult(video, manifest, subtitles, settings.Range.Count, clock.Elapsed, rendererCpu, encoderCpu, waitingForFrames)
        {
            PosterCpu = posterCpu,
            EncodedFrames = encodedFrames,
            FrameRateMode = settings.Encoder.FrameRateMode,
            Poster = poster,
            GifBytes = gifBytes,
            HasSound = sound,
            Files = [.. Directory.GetFileSystemEntries(staging).Where(f => !Path.GetFileName(f).StartsWith('.')).Append(manifest).Order(StringComparer.Ordinal)],
        };
        var segmented = videos.Segments is { } segments ? new SegmentedRenderResult(result, segments.Outcomes, segments.CacheDirectory, segments.JoinTime) : null;
        PhaseTimings.Mark("captions, page");
        AtomicFile.WriteAllText(manifest, RenderManifest.Json(scene.Facts.Value, settings, result, segmented));
        PhaseTimings.Mark("manifest");
        return (result, segmented);
    }

    /// <summary>
    /// What the files beside the videos are made from: a compiled scene, or what a chunk stored of one
    /// (<see cref="JoinKit"/>, which has no sound track and no contact sheet: scenes with sound are joined from the scene).
    /// </summary>
    private sealed record OutputSource(Lazy<SceneOutputs> Facts, Func<((int Frame, string Reason) Frame, byte[] Png, byte[]? Jpeg)> Poster, Func<byte[]>? Sheet,
        Func<string, CancellationToken, Task>? Soundtrack)
    {
        public static OutputSource Of(PreparedScene scene, RenderSettings settings, bool transparent) =>
            new(new Lazy<SceneOutputs>(() => SceneOutputs.From(scene, settings.Range)), () => DrawPoster(scene, settings, transparent), () => Stills.Sheet(scene),
                (path, cancellationToken) => SoundtrackMixer.WriteAsync(Output.Soundtrack.Plan(scene, settings.Range), path, cancellationToken));
    }

    internal static ((int Frame, string Reason) Frame, byte[] Png, byte[]? Jpeg) DrawPoster(PreparedScene scene, RenderSettings settings, bool transparent)
    {
        var frame = Stills.PosterFrame(scene, settings.Range);
        var (png, jpeg) = Stills.Poster(scene, frame.Frame, settings.Width, settings.Height, transparent);
        return (frame, png, jpeg);
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
