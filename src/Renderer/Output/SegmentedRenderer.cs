using System.Diagnostics;
using System.Text;
using Renderer.Encoding;
using Renderer.Rendering;
using Renderer.Segments;

namespace Renderer.Output;

/// <summary>
/// Renders a scene as segments (<see cref="SegmentPlanner"/>) through a <see cref="SegmentCache"/>: a segment whose
/// key is in the cache is reused, the others are rendered and encoded alone (identical settings, each from an IDR
/// frame) and stored; then the segments are joined by stream copy (<see cref="StreamJoiner"/>) into the MP4.
/// Split N ways (<see cref="RenderChunkAsync"/>), each process renders its chunk into a shared cache and one
/// <see cref="JoinVideoAsync"/> joins them. <see cref="SceneRenderer"/> writes everything around the MP4.
/// </summary>
/// <remarks>
/// Frame times across joins: every segment is stamped from 0 and sends its first and last
/// <see cref="VideoEncoder.EdgeFrames"/> frames even when held, so it spans exactly its frames; the join places
/// segment k at the sum of the lengths before it. The joined stream's times therefore increase with no gap, and a
/// held run that crosses a boundary is one stored frame on each side (same picture). With <c>--cfr</c> each segment
/// stores every frame, and so does the whole.
/// </remarks>
public static class SegmentedRenderer
{
    /// <summary>
    /// Cuts the scene into segments and keys them; <paramref name="chunks"/> is how many ways the work is split. With a
    /// <paramref name="cache"/>, the keys come from the plan stored there under the scene's <see cref="PlanFingerprint"/>
    /// when there is one (no frame is evaluated), and are stored there when computed.
    /// </summary>
    public static ScenePlan Plan(PreparedScene scene, RenderSettings settings, int chunks = 1, CancellationToken cancellationToken = default, SegmentCache? cache = null)
    {
        if (settings.Range.First != 0 || settings.Range.Last != scene.Compiled.FrameCount - 1)
            throw new ArgumentException("segments cover the whole scene; a frame range is rendered in one piece");
        var segments = SegmentPlanner.Plan(scene.Compiled.Timeline);
        PhaseTimings.Mark("before keying");
        var fingerprint = cache is null ? null : PlanFingerprint.Compute(scene, settings.Encoder, segments);
        PhaseTimings.Mark("plan fingerprint");
        var planned = fingerprint is null ? null : cache!.Plans.Find(fingerprint, segments);
        var stored = planned is not null;
        if (planned is null)
        {
            planned = SegmentKeys.Compute(scene, settings.Encoder, segments, settings.Jobs, cancellationToken);
            if (fingerprint is not null) cache!.Plans.Save(fingerprint, planned);
        }
        var plan = ScenePlan.Create(planned, chunks) with { Fingerprint = fingerprint };
        PhaseTimings.Mark(stored ? "plan read from the cache" : "keying (evaluate + hash)");
        return plan;
    }

    /// <summary>
    /// The whole scene's MP4 at <paramref name="videoPath"/>: every segment not in the cache is rendered into it, then
    /// all are joined. Returns what became of each segment and how long the join took.
    /// </summary>
    public static async Task<(ScenePlan Plan, IReadOnlyList<SegmentOutcome> Segments, TimeSpan JoinTime)> RenderVideoAsync(PreparedScene scene, RenderSettings settings,
        SegmentCache cache, string videoPath, IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var plan = Plan(scene, settings, 1, cancellationToken, cache);
        var outcomes = await RenderSegmentsAsync(scene, settings, plan, plan.Segments, cache, progress, cancellationToken).ConfigureAwait(false);
        PhaseTimings.Mark("render missing segments");
        var (joined, joinTime) = await JoinVideoAsync(settings, plan, cache, videoPath, outcomes, cancellationToken).ConfigureAwait(false);
        return (plan, joined, joinTime);
    }

    /// <summary>
    /// Renders chunk <paramref name="chunk"/>'s segments that the cache lacks. Writes no output files; the first chunk
    /// (index 0) also stores the <see cref="JoinKit"/> under <paramref name="joinKitKey"/>, when given, so that the join
    /// need not compile the scene (not for a scene with sound, whose track the join mixes from the scene).
    /// </summary>
    public static async Task<ChunkResult> RenderChunkAsync(PreparedScene scene, RenderSettings settings, ChunkSelection chunk, SegmentCache cache,
        IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default, string? joinKitKey = null, string? stem = null)
    {
        var clock = Stopwatch.StartNew();
        var plan = Plan(scene, settings, chunk.Count, cancellationToken, cache);
        var planTime = clock.Elapsed;
        // Drawn beside the segments, as a render draws its poster beside the video.
        var kit = chunk.Index == 0 && joinKitKey is not null && stem is not null && plan.Fingerprint is { } fingerprint && !scene.Spec.HasSound
            ? Task.Run(() => JoinKit.Create(joinKitKey, scene, settings, fingerprint, [.. plan.Segments.Select(s => s.Segment)], stem), cancellationToken)
            : null;
        try
        {
            var mine = plan.InChunk(chunk.Index).ToList();
            var outcomes = await RenderSegmentsAsync(scene, settings, plan, mine, cache, progress, cancellationToken).ConfigureAwait(false);
            if (kit is not null) new JoinKitStore(cache.Directory).Save(await kit.ConfigureAwait(false));
            PhaseTimings.Mark("join kit");
            return new ChunkResult(chunk, plan, outcomes, planTime, clock.Elapsed);
        }
        catch
        {
            // The kit is drawn with the scene's fonts, which the caller frees once this returns: wait for it.
            if (kit is not null) await Task.WhenAny(kit).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Renders those of <paramref name="segments"/> that the cache lacks; reused ones are marked as such. Every
    /// rendered segment is in the cache when this returns.
    /// </summary>
    /// <remarks>
    /// A rendered segment's encoder is finished (x264's last frames, the MP4 index), its stream parameters read, its
    /// video hashed and committed while the next one is drawn and encoded rather than before it starts: the drawing
    /// threads do not need the cores those wait on. Only the last segment's finish is waited for.
    /// </remarks>
    public static async Task<IReadOnlyList<SegmentOutcome>> RenderSegmentsAsync(PreparedScene scene, RenderSettings settings, ScenePlan plan,
        IReadOnlyList<PlannedSegment> segments, SegmentCache cache, IProgress<RenderProgress>? progress, CancellationToken cancellationToken)
    {
        var finishing = new List<Task>();
        try
        {
            var outcomes = await RenderSegmentsAsync(scene, settings, plan, segments, cache, finishing, progress, cancellationToken).ConfigureAwait(false);
            await Task.WhenAll(finishing).ConfigureAwait(false);
            PhaseTimings.Mark("last segment's finish, SHA, commit");
            return outcomes;
        }
        catch
        {
            // Not one of them may still be running (or hold its temporary folder) once this fails; their own failure
            // matters less than the one being thrown.
            await Task.WhenAny(Task.WhenAll(finishing)).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Segments being finished beside the drawing of the next at most (each an ffmpeg process draining).</summary>
    private const int MaxFinishing = 2;

    private static async Task<IReadOnlyList<SegmentOutcome>> RenderSegmentsAsync(PreparedScene scene, RenderSettings settings, ScenePlan plan,
        IReadOnlyList<PlannedSegment> segments, SegmentCache cache, List<Task> finishing, IProgress<RenderProgress>? progress, CancellationToken cancellationToken)
    {
        var source = scene.FrameSource(settings.Width, settings.Height);
        if (KnownRepeats(plan, scene.Compiled.FrameCount) is { } repeats) source = source.WithKnownRepeats(repeats);
        using var kits = new WorkerKits();
        var total = segments.Sum(s => s.Segment.FrameCount);
        var done = 0;
        var clock = Stopwatch.StartNew();
        var outcomes = new List<SegmentOutcome>();
        foreach (var planned in segments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = plan.ChunkOf[planned.Segment.Index];
            if (cache.Find(planned.Key) is { } cached && Matches(cached, planned, settings) is null)
            {
                cache.Touch(planned.Key);
                outcomes.Add(new SegmentOutcome(planned, chunk, true, cached.EncodedFrames, TimeSpan.Zero));
            }
            else
            {
                // Segments finished in the background (ffmpeg's last frames, probe, commit): a failure stops the
                // render now, and no more than a few ffmpeg processes are alive at once.
                if (finishing.FirstOrDefault(t => t.IsFaulted) is { } failed) await failed.ConfigureAwait(false);
                while (finishing.Count(t => !t.IsCompleted) >= MaxFinishing)
                    await Task.WhenAny(finishing.Where(t => !t.IsCompleted)).ConfigureAwait(false);
                var started = clock.Elapsed;
                var offset = done;
                var (encoded, waiting, finished) = await RenderOneAsync(scene, settings, source, kits, planned, cache,
                    progress is null ? null : new InlineProgress(p => progress.Report(new RenderProgress(offset + p.FramesDone, total, clock.Elapsed))),
                    cancellationToken).ConfigureAwait(false);
                finishing.Add(finished);
                outcomes.Add(new SegmentOutcome(planned, chunk, false, encoded, clock.Elapsed - started, waiting));
            }
            done += planned.Segment.FrameCount;
            progress?.Report(new RenderProgress(done, total, clock.Elapsed));
        }
        return outcomes;
    }

    /// <summary>The scene's repeated frames from the plan's keying, when every segment has them.</summary>
    private static bool[]? KnownRepeats(ScenePlan plan, int frameCount)
    {
        if (plan.Segments.Any(s => s.Repeats is null) || plan.Segments.Sum(s => s.Segment.FrameCount) != frameCount) return null;
        var repeats = new bool[frameCount];
        foreach (var planned in plan.Segments)
            for (var i = 0; i < planned.Segment.FrameCount; i++)
                repeats[planned.Segment.First + i] = planned.Repeats![i];
        return repeats;
    }

    /// <summary>
    /// Draws and encodes one segment; returns how many frames it stores, how long its encoder waited for frames, and the
    /// task that probes, hashes and commits it.
    /// </summary>
    private static async Task<(int Encoded, TimeSpan WaitingForFrames, Task Finished)> RenderOneAsync(PreparedScene scene, RenderSettings settings, IFrameSource source, WorkerKits kits, PlannedSegment planned,
        SegmentCache cache, IProgress<RenderProgress>? progress, CancellationToken cancellationToken)
    {
        var segment = planned.Segment;
        var temporary = cache.TemporaryVideoPath();
        VideoEncoder? encoder = null;
        RenderSummary summary;
        try
        {
            PhaseTimings.Mark($"segment {segment.Index}: before");
            encoder = VideoEncoder.Start(temporary, settings.Encoder, settings.Transport);
            PhaseTimings.Mark($"segment {segment.Index}: ffmpeg start");
            var options = new FramePipelineOptions
            {
                StartFrame = segment.First,
                EndFrame = segment.Last + 1,
                Jobs = settings.Jobs,
                LowPriorityWorkers = settings.LowPriorityWorkers,
                Kits = kits,
            };
            // The pipeline ends the encoder's input and returns once ffmpeg has read it all; ffmpeg's last frames,
            // the file's index and its exit are waited for beside the next segment's drawing, not in front of it.
            summary = await FramePipeline.RunAsync(source, new InputEndingSink(encoder), options, progress, cancellationToken).ConfigureAwait(false);
            PhaseTimings.Mark($"segment {segment.Index}: draw, encode");
        }
        catch
        {
            if (encoder is not null) await encoder.DisposeAsync().ConfigureAwait(false);
            RemoveTemporaryFolder(temporary);
            throw;
        }
        var encoded = encoder.EncodedFrames;
        return (encoded, summary.WaitingForFrames, Task.Run(async () =>
        {
            try
            {
                await encoder.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                RemoveTemporaryFolder(temporary);
                throw;
            }
            finally
            {
                await encoder.DisposeAsync().ConfigureAwait(false);
            }
            await FinishAsync(scene, settings, planned, cache, temporary, encoded, cancellationToken).ConfigureAwait(false);
        }, CancellationToken.None));
    }

    /// <summary>The encoder as the pipeline's sink, but completing means only that ffmpeg has read every frame.</summary>
    private sealed class InputEndingSink(VideoEncoder encoder) : IFrameSink
    {
        public RawPixelFormat PixelFormat => encoder.PixelFormat;
        public int FramesRetained => encoder.FramesRetained;
        public bool StoresFrameTimes => encoder.StoresFrameTimes;
        public int FramesWrittenAtEachEnd => encoder.FramesWrittenAtEachEnd;

        public ValueTask WriteFrameAtAsync(ReadOnlyMemory<byte> frame, int frameOffset, CancellationToken cancellationToken = default) =>
            encoder.WriteFrameAtAsync(frame, frameOffset, cancellationToken);

        public ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default) =>
            encoder.WriteFrameAsync(frame, cancellationToken);

        public Task CompleteAsync(CancellationToken cancellationToken = default) => encoder.EndInputAsync(cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask; // the encoder is its owner's to dispose
    }

    /// <summary>Reads the stream parameters of, hashes and commits a segment just encoded at <paramref name="temporary"/>.</summary>
    private static async Task FinishAsync(PreparedScene scene, RenderSettings settings, PlannedSegment planned, SegmentCache cache, string temporary, int encoded,
        CancellationToken cancellationToken)
    {
        var segment = planned.Segment;
        try
        {
            var e = settings.Encoder;
            var stream = await StreamParameters.ReadAsync(temporary, cancellationToken).ConfigureAwait(false);
            var (bytes, sha) = await FileDigest.ComputeAsync(temporary, cancellationToken).ConfigureAwait(false);
            cache.Commit(temporary, new SegmentRecord(planned.Key, segment.FrameCount, encoded, e.Width, e.Height, e.FramesPerSecond, e.Crf, e.Preset,
                FrameRateName(e.FrameRateMode), RenderIdentity.For(e, scene.Fonts).Describe(), scene.ScenePath, scene.SceneSha256,
                segment.Slide, segment.First, segment.Last, DateTimeOffset.UtcNow, Environment.MachineName, Environment.ProcessId,
                bytes, sha, stream.Compatibility, stream.DurationSeconds));
        }
        finally
        {
            RemoveTemporaryFolder(temporary);
        }
    }

    /// <summary>Committed, the folder is the entry now; otherwise (failure, cancellation) nothing of it is kept.</summary>
    private static void RemoveTemporaryFolder(string temporary)
    {
        var folder = Path.GetDirectoryName(temporary)!;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// Checks that every segment is in the cache and consistent (its record matches the plan's settings, and all
    /// videos have the same stream parameters and the right length), then joins them by stream copy into
    /// <paramref name="videoPath"/>.
    /// </summary>
    /// <param name="rendered">Segments this process rendered just now (the rest are reported as reused).</param>
    /// <exception cref="SegmentsMissingException">Something is missing or inconsistent; names the chunks to rerun.</exception>
    public static async Task<(IReadOnlyList<SegmentOutcome> Segments, TimeSpan JoinTime)> JoinVideoAsync(RenderSettings settings, ScenePlan plan, SegmentCache cache,
        string videoPath, IReadOnlyList<SegmentOutcome>? rendered = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        PhaseTimings.Mark("before join checks");
        var outcomes = await CheckAsync(settings, plan, cache, rendered, cancellationToken).ConfigureAwait(false);
        PhaseTimings.Mark("join checks (records, SHA)");
        var method = await StreamJoiner.JoinAsync(plan.Segments.Select(s => (cache.VideoPath(s.Key), s.Segment.FrameCount)).ToList(), settings.Encoder.FramesPerSecond,
            videoPath, cancellationToken).ConfigureAwait(false);
        PhaseTimings.Mark(method == JoinMethod.InProcess ? "stream copy" : "stream copy (ffmpeg)");
        foreach (var s in plan.Segments) cache.Touch(s.Key);
        PhaseTimings.Mark("touch segments");
        return (outcomes, clock.Elapsed);
    }

    private static async Task<IReadOnlyList<SegmentOutcome>> CheckAsync(RenderSettings settings, ScenePlan plan, SegmentCache cache,
        IReadOnlyList<SegmentOutcome>? rendered, CancellationToken cancellationToken)
    {
        var problems = new List<(PlannedSegment Segment, string Problem)>();
        var records = new SegmentRecord?[plan.Segments.Count];
        foreach (var s in plan.Segments)
        {
            var record = cache.Find(s.Key);
            records[s.Segment.Index] = record;
            if (record is null) problems.Add((s, "missing"));
            else if (Matches(record, s, settings) is { } mismatch) problems.Add((s, mismatch));
        }

        // The videos themselves: whole and unchanged since they were made (size and SHA-256), with the same stream
        // parameters (so stream copy makes one valid stream) and the right length, all as recorded when each was made.
        var present = plan.Segments.Where(s => problems.All(p => p.Segment != s)).ToList();
        var damaged = new bool[plan.Segments.Count];
        await Parallel.ForEachAsync(present, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (s, token) =>
        {
            var record = records[s.Segment.Index]!;
            try
            {
                var (bytes, sha) = await FileDigest.ComputeAsync(cache.VideoPath(s.Key), token).ConfigureAwait(false);
                damaged[s.Segment.Index] = bytes != record.Bytes || sha != record.Sha256;
            }
            catch (IOException)
            {
                damaged[s.Segment.Index] = true;
            }
        }).ConfigureAwait(false);
        var reference = present.Select(s => records[s.Segment.Index]!.Stream).FirstOrDefault();
        var frame = 1 / settings.Encoder.FramesPerSecond;
        foreach (var s in present)
        {
            var record = records[s.Segment.Index]!;
            var expected = s.Segment.FrameCount * frame;
            if (damaged[s.Segment.Index]) problems.Add((s, "video damaged or changed since it was made (size or SHA-256 differs)"));
            else if (record.Stream != reference) problems.Add((s, $"stream differs from the others ({record.Stream} vs {reference})"));
            else if (!(Math.Abs(record.DurationSeconds - expected) <= frame / 2)) problems.Add((s, $"lasts {record.DurationSeconds:0.###} s, not {expected:0.###} s"));
        }

        if (problems.Count > 0)
        {
            var chunks = problems.Select(p => plan.ChunkOf[p.Segment.Segment.Index]).Distinct().Order().ToList();
            var lines = problems.OrderBy(p => p.Segment.Segment.Index)
                .Select(p => $"{p.Segment.Segment} key {p.Segment.Key[..12]}: {p.Problem}" + (plan.Chunks > 1 ? $" (chunk {plan.ChunkOf[p.Segment.Segment.Index]}/{plan.Chunks})" : ""))
                .ToList();
            var what = new StringBuilder($"{problems.Count} of {plan.Segments.Count} segments are missing or unusable in {cache.Directory}");
            what.Append(plan.Chunks > 1
                ? $"; rerun chunk{(chunks.Count == 1 ? "" : "s")} {string.Join(", ", chunks.Select(c => $"{c}/{plan.Chunks}"))} (render --chunk I/{plan.Chunks} --cache {cache.Directory}), then join again"
                : "; render them (render --cache " + cache.Directory + ") or give --chunks N to be told which chunks to rerun");
            throw new SegmentsMissingException(what.ToString(), plan.Chunks > 1 ? chunks : [], lines);
        }

        return plan.Segments.Select(s =>
            rendered?.FirstOrDefault(o => o.Planned.Key == s.Key && o.Planned.Segment.Index == s.Segment.Index)
            ?? new SegmentOutcome(s, plan.ChunkOf[s.Segment.Index], true, records[s.Segment.Index]!.EncodedFrames, TimeSpan.Zero)).ToList();
    }

    /// <summary>Null when the record describes what the plan expects; else what differs.</summary>
    private static string? Matches(SegmentRecord record, PlannedSegment planned, RenderSettings settings)
    {
        var e = settings.Encoder;
        if (record.Frames != planned.Segment.FrameCount) return $"holds {record.Frames} frames, not {planned.Segment.FrameCount}";
        if (record.Width != e.Width || record.Height != e.Height) return $"is {record.Width}x{record.Height}, not {e.Width}x{e.Height}";
        if (record.FramesPerSecond != e.FramesPerSecond || record.Crf != e.Crf || record.Preset != e.Preset || record.FrameRate != FrameRateName(e.FrameRateMode))
            return $"was encoded at {record.FramesPerSecond} fps, CRF {record.Crf}, {record.Preset}, {record.FrameRate} frame rate";
        if (record.EncodedFrames < 1 || record.EncodedFrames > record.Frames) return $"records {record.EncodedFrames} encoded frames";
        return null;
    }

    internal static string FrameRateName(FrameRateMode mode) => mode == FrameRateMode.Variable ? "variable" : "constant";

    private sealed class InlineProgress(Action<RenderProgress> report) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value) => report(value);
    }
}
