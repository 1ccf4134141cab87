using Renderer.Drawing;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Rendering;

namespace Renderer.Bench;

public static class IncCheck
{
    public static void Run(string scenePath, int width, int height, TextWriter log)
    {
        using var prepared = PreparedScene.Load(scenePath);
        using var incremental = new IncrementalFrameRenderer(new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, width, height));
        using var full = new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, width, height);
        var canvas = GC.AllocateArray<byte>(width * height * 4, pinned: true);
        var expected = new byte[canvas.Length];
        FrameState? previous = null;
        var reported = 0;
        for (var k = 0; k < prepared.Compiled.FrameCount && reported < 4; k++)
        {
            var state = FrameEvaluator.Evaluate(prepared.Compiled, k);
            var damage = incremental.Draw(state, canvas);
            full.Draw(state, expected);
            if (!canvas.AsSpan().SequenceEqual(expected))
            {
                reported++;
                log.WriteLine($"frame {k}: damage {(damage is null ? "all" : string.Join(" ", damage))}");
                var pixels = Enumerable.Range(0, canvas.Length / 4).Where(p => !canvas.AsSpan(p * 4, 4).SequenceEqual(expected.AsSpan(p * 4, 4))).ToList();
                var maxDiff = pixels.Max(p => Enumerable.Range(0, 4).Max(c => Math.Abs(canvas[p * 4 + c] - expected[p * 4 + c])));
                log.WriteLine($"  {pixels.Count} px, max channel diff {maxDiff}, e.g. {string.Join(" ", pixels.Take(6).Select(p => $"({p % width},{p / width})"))}");
                var bounds = full.Bounds(full.Scale(state));
                var p0 = pixels[0];
                int px = p0 % width, py = p0 / width;
                foreach (var (list, name) in new[] { (previous!.Items, "old"), (state.Items, "new") })
                    for (var i = 0; i < list.Count; i++)
                        if (bounds.Of(list[i]) is { } b && px >= b.Left - 6 && px < b.Right + 6 && py >= b.Top - 6 && py < b.Bottom + 6)
                            log.WriteLine($"  {name}[{i}] {b} {list[i].ToString()[..Math.Min(160, list[i].ToString().Length)]}");
                incremental.Draw(state, new byte[canvas.Length]);
                incremental.Draw(state, canvas);
            }
            previous = state;
        }
    }
}
