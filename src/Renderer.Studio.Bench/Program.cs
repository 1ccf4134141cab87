using Renderer.Studio.Bench;

// tools/studio-bench.sh [--screenshot page.png] [scene.yaml ...]: for each scene (default: every shipped one), the time
// from saving a one-caption edit to the new frame painted in the page (median of 10), and scrubbing latency for
// preview-size frames (median). Figures only; nothing is asserted.
var scenes = new List<string>();
string? screenshot = null;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--screenshot" && i + 1 < args.Length) screenshot = args[++i];
    else scenes.Add(args[i]);
}
if (scenes.Count == 0)
{
    Console.Error.WriteLine("usage: Renderer.Studio.Bench [--screenshot page.png] scene.yaml...");
    return 2;
}
foreach (var scene in scenes) await StudioBenchmark.RunAsync(scene, screenshot, Console.Out);
return 0;
