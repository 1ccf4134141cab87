using System.Diagnostics;
using Renderer.Drawing;
using Renderer.Encoding;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Rendering;

namespace Renderer.Bench;

/// <summary>
/// Single-threaded split of one scene's per-frame cost at 1920×1080, frames in order as one worker sees them:
/// bringing the canvas up to date (incremental drawing), converting the changed pixels to yuv, and the share of
/// the frame that changed; then, in a second pass, where the update's time goes by kind of item drawn and by step
/// (<see cref="DrawTimings"/>). `Renderer.Bench --profile scene.yaml...`; prints figures, asserts nothing. Run it with
/// <c>DOTNET_TieredCompilation=0</c> for the split: with tiering, each method's first thousand calls run unoptimised.
/// </summary>
public static class FrameProfile
{
    public static void Run(string scenePath, TextWriter log)
    {
        using var scene = PreparedScene.Load(scenePath);
        const int width = 1920, height = 1080;
        var source = scene.FrameSource(width, height);
        using var drawer = source.CreateDrawer();
        var canvas = GC.AllocateUninitializedArray<byte>(width * height * 4, pinned: true);
        var yuv = GC.AllocateUninitializedArray<byte>(RawPixelFormat.Yuv420p.FrameByteCount(width, height), pinned: true);
        var full = GC.AllocateUninitializedArray<byte>(width * height * 4, pinned: true);

        TimeSpan evaluate = TimeSpan.Zero, update = TimeSpan.Zero, convert = TimeSpan.Zero, fullDraw = TimeSpan.Zero;
        double changedShare = 0;
        int drawn = 0, everything = 0;
        var clock = new Stopwatch();
        for (var i = 0; i < source.FrameCount; i++)
        {
            // Evaluating frame i (the worker asks whether it equals i - 1, whose evaluation is still at hand).
            clock.Restart();
            var same = i > 0 && source.IsSameAsPrevious(i);
            evaluate += clock.Elapsed;
            if (same) continue;
            drawn++;
            clock.Restart();
            var damage = drawer.Update(i, canvas);
            update += clock.Elapsed;
            clock.Restart();
            if (damage.Boxes is { } boxes)
                foreach (var b in boxes) Bt709Converter.ConvertRegion(canvas, width, height, b.X, b.Y, b.Width, b.Height, yuv);
            else
                Bt709Converter.Convert(canvas, width, height, yuv);
            convert += clock.Elapsed;
            if (damage.Boxes is null) everything++;
            changedShare += damage.Boxes?.Sum(b => (double)b.Width * b.Height) / (width * height) ?? 1;
            clock.Restart();
            drawer.Draw(i, full);
            fullDraw += clock.Elapsed;
        }
        double n = drawn;
        log.WriteLine($"{Path.GetFileName(scenePath)}: {drawn} of {source.FrameCount} frames drawn ({everything} in full), " +
                      $"mean changed share {changedShare / n:P1}; evaluate {evaluate.TotalMilliseconds / source.FrameCount:F2} ms per frame; per drawn frame: update {update.TotalMilliseconds / n:F2} ms, " +
                      $"convert {convert.TotalMilliseconds / n:F2} ms (full redraw would be {fullDraw.TotalMilliseconds / n:F2} ms)");
        Split(scene, width, height, log);
    }

    /// <summary>The incremental updates again, timed by kind of item and by step, per drawn frame.</summary>
    private static void Split(PreparedScene scene, int width, int height, TextWriter log)
    {
        var timings = new DrawTimings();
        using var renderer = new IncrementalFrameRenderer(new SkiaFrameRenderer(scene.Fonts, scene.Tex, width, height, scene.Sprites) { Timings = timings });
        var canvas = GC.AllocateUninitializedArray<byte>(width * height * 4, pinned: true);
        FrameState? previous = null;
        var drawn = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < scene.Compiled.FrameCount; i++)
        {
            var frame = FrameEvaluator.Evaluate(scene.Compiled, i);
            if (previous is not null && FrameStateEquality.AreEqual(previous, frame)) continue;
            previous = frame;
            clock.Start();
            renderer.Draw(frame, canvas);
            clock.Stop();
            drawn++;
        }
        log.WriteLine($"  by kind and step, per drawn frame (update {clock.Elapsed.TotalMilliseconds / drawn:F2} ms; items drawn into layer rebuilds count twice):");
        foreach (var (what, time, count) in timings.Entries)
            log.WriteLine($"    {what,-52} {time.TotalMilliseconds / drawn,6:F3} ms  ({(double)count / drawn:F1} per drawn frame, {time.TotalMicroseconds / count:F1} µs each)");
    }
}
