using System.Globalization;
using Renderer.Bench;

// tools/bench.sh runs this in Release: every shipped scene, 1920x1080 at its own fps, default quality.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Length == 1 && args[0] == "--primitives")
{
    Renderer.Bench.PrimitiveCosts.Run(Console.Out);
    return 0;
}
if (args.Length >= 2 && args[0] == "--profile")
{
    // Where a worker's time goes, frame by frame, on one thread (no encoder): for finding what to speed up.
    foreach (var scene in args.Skip(1)) FrameProfile.Run(scene, Console.Out);
    return 0;
}
if (args.Length >= 2 && args[0] == "--hashes")
{
    // A SHA-256 of every frame, drawn in full: identical output on two versions means identical pixels.
    foreach (var scene in args.Skip(1)) FrameHashes.Run(scene, Console.Out);
    return 0;
}
if (args.Length >= 2 && args[0] == "--transport")
{
    // The encoder fed from a file and through the render's socket, in turns: what the transport alone costs.
    foreach (var scene in args.Skip(1)) await TransportBenchmark.RunAsync(scene, Console.Out);
    return 0;
}
if (args.Length >= 2 && args[0] == "--draw-only")
{
    // Drawing and yuv conversion alone, on all cores, three times: what the workers can do with no encoder beside them.
    foreach (var scene in args.Skip(1))
    {
        using var prepared = Renderer.Rendering.PreparedScene.Load(scene);
        for (var round = 1; round <= 3; round++)
        {
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var summary = await Renderer.Rendering.FramePipeline.DrawOnlyAsync(prepared.FrameSource(1920, 1080));
            var spent = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"{Path.GetFileName(scene)} round {round}: {summary.FramesPerSecond:F1} fps, {summary.FramesDrawn} frames drawn, CPU {1000 * spent.TotalSeconds / summary.FramesDrawn:F2} ms per drawn frame");
        }
    }
    return 0;
}
if (args.Length >= 2 && args[0] == "--held")
{
    // What x264 spends on frames identical to their predecessor: all frames against the distinct ones only.
    foreach (var scene in args.Skip(1)) await HeldFrameBenchmark.RunAsync(scene, Console.Out);
    return 0;
}
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Renderer.Bench <tools/renderer | Renderer.Cli.dll> <scene.yaml>...   (the full benchmark)");
    Console.Error.WriteLine("       Renderer.Bench --profile <scene.yaml>...                          (per-frame cost split, one thread)");
    Console.Error.WriteLine("       Renderer.Bench --primitives                                        (what Skia charges per shape)");
    Console.Error.WriteLine("       Renderer.Bench --transport <scene.yaml>...                        (what the frame transport costs)");
    Console.Error.WriteLine("       Renderer.Bench --draw-only <scene.yaml>...                        (drawing alone on all cores, 3 rounds)");
    Console.Error.WriteLine("       Renderer.Bench --held <scene.yaml>...                             (what x264 spends on held frames)");
    Console.Error.WriteLine("       Renderer.Bench --hashes <scene.yaml>...                           (SHA-256 of every frame, drawn in full)");
    return 2;
}
var work = Directory.CreateTempSubdirectory("renderer-bench-").FullName;
try
{
    Console.WriteLine($"renderer bench: {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the start");
    var bench = new SceneBenchmark(Path.GetFullPath(args[0]), work, Console.Out);
    var results = new List<SceneBenchmark.Figures>();
    foreach (var scene in args.Skip(1))
    {
        Console.WriteLine($"{scene}:");
        results.Add(await bench.RunAsync(scene));
    }
    Console.WriteLine();
    Console.WriteLine("Ratio: end to end (held runs stored once) / encoder-only at the constant rate; same stream: / the encoder alone on what a render sends it; --cfr: end to end --cfr / encoder-only at the constant rate; CPU ratio: the renderer's CPU / ffmpeg's in the same render, default and --cfr.");
    Console.WriteLine("| scene | frames (stored) | draw-only fps | encoder-only fps (stream) | end-to-end fps | ratio | same stream | --cfr | renderer CPU ms/frame | CPU ratio (--cfr) | peak RSS 1x | peak RSS 2x (frames) | slowest still |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    foreach (var r in results)
        Console.WriteLine($"| {r.Scene} | {r.Frames} ({r.StoredFrames}) | {r.DrawOnlyFps:F0} | {r.EncoderOnlyFps:F1} ({r.EncoderOnlyStreamFps:F1}){(r.Noisy ? " NOISY" : "")} | {r.EndToEndFps:F1} | " +
                          $"{r.Ratio:F2} | {r.StreamRatio:F2} | {r.ConstantRatio:F2} | {r.RendererMsPerFrame:F2} | {r.CpuRatio:F3} ({r.CpuRatioConstant:F3}) | " +
                          $"{r.PeakRssMb:F0} MB | {r.PeakRssMbDoubleLength:F0} MB ({r.FramesDoubleLength}) | {r.SlowestStillSeconds:F2} s |");
    foreach (var r in results.Where(r => r.Ratio > 1))
        Console.WriteLine($"{r.Scene}: end to end exceeds the constant-frame-rate encoder-only fps by {r.Ratio - 1:P0}.");
    foreach (var r in results.Where(r => r.Noisy))
        Console.WriteLine($"{r.Scene}: NOISY: its encoder-only rounds spread by {r.EncoderOnlySpread:P0} (> 20 %); rerun on a quieter host before trusting its ratios.");
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}
