using System.Diagnostics;
using SkiaSharp;

namespace Renderer.Bench;

/// <summary>
/// What Skia's CPU raster backend charges for the shapes explainer frames are made of, each drawn a few hundred times
/// onto a 1920×1080 canvas with the renderer's paints (antialiased, round caps and joins): a curve by its number of
/// points and its extent, a rounded box, lines by direction and dash. `Renderer.Bench --primitives`; prints
/// microseconds per draw, asserts nothing. For judging what a faster drawing method could save.
/// </summary>
public static class PrimitiveCosts
{
    public static void Run(TextWriter log)
    {
        using var surface = SKSurface.Create(new SKImageInfo(1920, 1080, SKColorType.Bgra8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(20, 22, 26));
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round, StrokeWidth = 5, Color = new SKColor(230, 159, 0) };
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = new SKColor(86, 180, 233) };

        void Time(string what, Action draw)
        {
            for (var i = 0; i < 50; i++) draw();
            const int draws = 400;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < draws; i++) draw();
            log.WriteLine($"  {what,-58} {clock.Elapsed.TotalMicroseconds / draws,7:F1} µs");
        }

        foreach (var (points, width, height) in new[] { (60, 1000, 500), (241, 1000, 500), (480, 1000, 500), (241, 250, 125), (241, 1000, 50) })
        {
            using var curve = Curve(points, width, height);
            Time($"curve, {points} points across {width}x{height} px, 5 px wide", () => canvas.DrawPath(curve, stroke));
            using var outline = stroke.GetFillPath(curve);
            Time($"  its outline filled (stroked once beforehand)", () => canvas.DrawPath(outline, fill));
        }

        stroke.StrokeWidth = 3;
        var box = new SKRect(500, 500, 547, 547);
        Time("rounded box 47x47 px, radius 23.8, filled", () => canvas.DrawRoundRect(box, 23.8f, 23.8f, fill));
        Time("  the same, stroked 3 px", () => canvas.DrawRoundRect(box, 23.8f, 23.8f, stroke));
        Time("line 145 px, 3 px wide, diagonal", () => canvas.DrawLine(500, 300, 580, 421, stroke));
        Time("line 145 px, 3 px wide, horizontal", () => canvas.DrawLine(500, 300, 645, 300, stroke));
        using (var dash = SKPathEffect.CreateDash([12f, 9f], 0))
        {
            stroke.PathEffect = dash;
            Time("line 472 px, 3 px wide, horizontal, dashed", () => canvas.DrawLine(500, 300, 972, 300, stroke));
            stroke.PathEffect = null;
        }
        Time("line 472 px, 3 px wide, horizontal, solid", () => canvas.DrawLine(500, 300, 972, 300, stroke));
    }

    /// <summary>Two bumps, as a density curve looks, sampled evenly across the given extent.</summary>
    private static SKPath Curve(int points, int width, int height)
    {
        using var builder = new SKPathBuilder();
        for (var i = 0; i < points; i++)
        {
            var u = (double)i / (points - 1);
            var y = 0.7 * Math.Exp(-Math.Pow((u - 0.5) / 0.15, 2)) + 0.3 * Math.Exp(-Math.Pow((u - 0.8) / 0.08, 2));
            var (x, py) = ((float)(200 + u * width), (float)(100 + height * (1 - y)));
            if (i == 0) builder.MoveTo(x, py);
            else builder.LineTo(x, py);
        }
        return builder.Detach();
    }
}
