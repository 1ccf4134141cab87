using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Simulation.Optimisation;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.Landscape;

/// <summary>
/// Loss landscapes over the (μ, σ) plane, one panel per entry: a viridis heat map on a logarithmic colour scale,
/// contour lines, the local minima (×), and each fit's path drawn as it plays, with start and end tags; one
/// shared colour bar in nats on the right marks the contour levels and each fit's current loss.
/// </summary>
/// <remarks>
/// Everything heavy happens once: the landscape comes from the fit's run (tabulated once), the heat map is
/// rasterised once (bilinear in log-loss between lattice points) and its contours traced once by marching squares,
/// both on the image's first use (see <see cref="Raster"/>). A frame only blits the image and draws a few polylines.
/// </remarks>
public sealed class LossLandscapeElement : ISlideElement
{
    private const double ColorBarWidth = 180, PanelGap = 64;
    private const double BarWidth = 28;
    private const byte ContourAlpha = 80;

    private readonly LossLandscapeElementSpec _spec;
    private readonly Panel[] _panels;

    /// <summary>Whether the panels stand one above the other rather than side by side.</summary>
    private readonly bool _stacked;
    private readonly double _logMin, _logMax;
    private readonly IReadOnlyList<double> _levels;
    private readonly Raster _barImage;
    private readonly IReadOnlyList<double> _barTicks;
    private readonly RichText _barTitle;
    private readonly double _formulaScale;
    private readonly FontSpec _tagFont = Typography.Tick;
    private readonly double _startTagWidth;
    private const string TargetKey = "local minimum";

    /// <param name="Kept">Indices of the points drawn: the iterates move less and less as the fit converges, so
    /// points closer than a unit and a half to the last kept one are skipped (the head is always exact).</param>
    private sealed record PathData(IGaussianFitRun Run, string Color, Vec2[] Points, int[] Kept, string EndTag, double EndTagWidth);

    private sealed record Panel(
        PlotFrame Frame, Raster Image, Formula Title,
        IReadOnlyList<Vec2> Targets, IReadOnlyList<PathData> Paths)
    {
        public Box Map => Frame.Area;
        public Axis Mean => Frame.X;
        public Axis Sd => Frame.Y;
    }

    public LossLandscapeElement(LossLandscapeElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        var box = context.Box;
        var colors = FitPalette.Names(spec.Colors, spec.Fits.Count());
        var runs = spec.Panels.Select(p => p.Select(f => context.Run<IGaussianFitRun>(f)).ToArray()).ToArray();
        var landscapes = runs.Select(p => p[0].Landscape!).ToArray();

        var min = spec.ColorMin ?? landscapes.Min(l => l.Min);
        var max = spec.ColorMax ?? Math.Min(landscapes.Max(l => l.Max), min * 30);
        _logMin = Math.Log(min);
        _logMax = Math.Log(Math.Max(max, min * 1.01));
        _levels = spec.ContourLevels ?? NiceLevels(min, max, spec.ContourCount);
        _barTicks = NiceLevels(min, max, 7, includeEnds: true);
        _formulaScale = RichText.FormulaScaleFor(Typography.Label);
        _barTitle = RichText.Layout("nats", Typography.Small, ColorBarWidth, context.Measurer, context.Typesetter);
        _startTagWidth = context.Measurer.Width("start", _tagFont);
        _barImage = Raster.Create(1, 256, (_, y) => Colormap.Viridis(1 - y / 255.0));

        var n = runs.Length;
        var panelsWidth = box.Width - (spec.ColorBar ? ColorBarWidth : 0);
        // Panels side by side, or one above the other when that keeps them nearer square (a portrait frame, where
        // side by side they would be tall slivers); the colour bar stays on the right either way.
        var (wide, tall) = ((panelsWidth - PanelGap * (n - 1)) / n, box.Height);
        var (stackedWidth, stackedHeight) = (panelsWidth, (box.Height - PanelGap * (n - 1)) / n);
        _stacked = n > 1 && Math.Abs(Math.Log(stackedWidth / stackedHeight)) < Math.Abs(Math.Log(wide / tall));
        var colorIndex = 0;
        _panels = new Panel[n];
        for (var p = 0; p < n; p++)
        {
            var panelBox = _stacked
                ? new Box(box.X, box.Y + p * (stackedHeight + PanelGap), stackedWidth, stackedHeight)
                : new Box(box.X + p * (wide + PanelGap), box.Y, wide, tall);
            var landscape = landscapes[p];
            var frame = PlotFrame.Layout(panelBox,
                new AxisSpec(landscape.MeanMin, landscape.MeanMax) { Title = "$\\mu$", Grid = false },
                new AxisSpec(landscape.SdMin, landscape.SdMax) { Title = "$\\sigma$", Grid = false, MaxTicks = 5 },
                context.Measurer, context.Typesetter);
            var map = frame.Area;
            var (mean, sd) = (frame.X, frame.Y);
            var first = runs[p][0];
            var title = context.Typesetter.Typeset(ObjectiveTex(first), false);
            var paths = runs[p].Select(run =>
            {
                var points = run.Trace.Steps.Select(s => Inside(new Vec2(mean.Map(s.Mean), sd.Map(s.StdDev)), map)).ToArray();
                var f = run.Trace.Final;
                var tag = $"({NumberFormat.Fixed(f.Mean, 3)}, {NumberFormat.Fixed(f.StdDev, 3)})";
                var kept = new List<int> { 0 };
                for (var j = 1; j < points.Length; j++)
                {
                    var last = points[kept[^1]];
                    if (Math.Abs(points[j].X - last.X) + Math.Abs(points[j].Y - last.Y) >= 1.5) kept.Add(j);
                }
                return new PathData(run, colors[colorIndex++], points, kept.ToArray(), tag, context.Measurer.Width(tag, _tagFont));
            }).ToList();
            _panels[p] = new Panel(frame, HeatMap(landscape, map), title,
                spec.Targets ? Targets(first, mean, sd, map) : [], paths);
        }
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>The contour levels drawn (loss values in nats).</summary>
    public IReadOnlyList<double> Levels => _levels;

    private static string ObjectiveTex(IGaussianFitRun run)
    {
        var p = TexNames.Name(run.TargetName);
        return run.Divergence == KlDivergence.Forward ? $"D_{{\\mathrm{{KL}}}}({p}\\,\\|\\,Q)" : $"D_{{\\mathrm{{KL}}}}(Q\\,\\|\\,{p})";
    }

    private static Vec2 Inside(Vec2 v, Box map) => new(Math.Clamp(v.X, map.X, map.Right), Math.Clamp(v.Y, map.Y, map.Bottom));

    private double ColorPosition(double loss) => (Math.Log(Math.Max(loss, 1e-300)) - _logMin) / (_logMax - _logMin);

    private Raster HeatMap(LossLandscape l, Box map)
    {
        var width = (int)Math.Clamp(Math.Round(map.Width), 2, 1024);
        var height = (int)Math.Clamp(Math.Round(map.Height), 2, 1024);
        var logs = new double[l.MeanSteps, l.SdSteps];
        for (var i = 0; i < l.MeanSteps; i++)
            for (var j = 0; j < l.SdSteps; j++)
                logs[i, j] = Math.Log(Math.Max(l[i, j], 1e-300));
        // Contours are baked into the image: traced once (on the image's first use), stroked once by the drawing layer.
        var contour = new Rgba(255, 255, 255, ContourAlpha);
        IReadOnlyList<RasterStroke> Overlay() => ContourLines(l, new Box(0, 0, width, height)).Select(line => new RasterStroke(line, contour, 1.8)).ToList();
        return Raster.Create(width, height, (px, py) =>
        {
            // Pixel centres, σ growing upward; bilinear in log-loss between lattice points.
            var fi = (px + 0.5) / width * (l.MeanSteps - 1);
            var fj = (1 - (py + 0.5) / height) * (l.SdSteps - 1);
            var i = Math.Clamp((int)fi, 0, Math.Max(0, l.MeanSteps - 2));
            var j = Math.Clamp((int)fj, 0, Math.Max(0, l.SdSteps - 2));
            var a = Math.Clamp(fi - i, 0, 1);
            var b = Math.Clamp(fj - j, 0, 1);
            var i1 = Math.Min(i + 1, l.MeanSteps - 1);
            var j1 = Math.Min(j + 1, l.SdSteps - 1);
            var v = (1 - a) * (1 - b) * logs[i, j] + a * (1 - b) * logs[i1, j] + (1 - a) * b * logs[i, j1] + a * b * logs[i1, j1];
            return Colormap.Viridis((v - _logMin) / (_logMax - _logMin));
        }, Overlay);
    }

    private List<Vec2[]> ContourLines(LossLandscape l, Box map)
    {
        var lines = new List<Vec2[]>();
        double X(double i) => map.X + i / Math.Max(1, l.MeanSteps - 1) * map.Width;
        double Y(double j) => map.Bottom - j / Math.Max(1, l.SdSteps - 1) * map.Height;
        foreach (var level in _levels)
            foreach (var line in Plotting.Contours.Trace((i, j) => l[i, j], l.MeanSteps, l.SdSteps, level))
                lines.Add(line.Select(p => new Vec2(X(p.X), Y(p.Y))).ToArray());
        return lines;
    }

    /// <summary>The landscape's local minima, in design units (see <see cref="LandscapeMinima"/>).</summary>
    private static List<Vec2> Targets(IGaussianFitRun run, Axis mean, Axis sd, Box map) =>
        LandscapeMinima.Find(run.Landscape!)
            .Select(p => new Vec2(mean.Map(p.Mean), sd.Map(p.Sd)))
            .Where(v => v.X >= map.X && v.X <= map.Right && v.Y >= map.Y && v.Y <= map.Bottom)
            .ToList();

    /// <summary>Round loss values (1, 1.5, 2, 3, 5, 7 × 10^k and denser or sparser sets) strictly inside (min, max).</summary>
    internal static IReadOnlyList<double> NiceLevels(double min, double max, int count, bool includeEnds = false)
    {
        if (count <= 0) return [];
        double[][] sets = [[1], [1, 2, 5], [1, 1.5, 2, 3, 5, 7], [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8]];
        IReadOnlyList<double> best = [];
        foreach (var set in sets)
        {
            var levels = new List<double>();
            for (var e = (int)Math.Floor(Math.Log10(min)) - 1; e <= (int)Math.Ceiling(Math.Log10(max)); e++)
                foreach (var m in set)
                {
                    var v = Math.Round(m * Math.Pow(10, e), 10);
                    if (includeEnds ? v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9) : v > min && v < max) levels.Add(v);
                }
            if (levels.Count > count && best.Count > 0) break;
            best = levels;
            if (levels.Count > count) break;
        }
        return best;
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var contour = new Rgba(255, 255, 255, ContourAlpha);
        var halo = new Rgba(0, 0, 0, 130);
        foreach (var panel in _panels)
        {
            var map = panel.Map;
            output.Image(panel.Image, map);
            output.Rect(map, null, theme.Axis, 2);
            panel.Frame.DrawAxes(output, theme);
            // The objective names the panel, centred over the map on the σ title's row.
            var titleBaseline = panel.Frame.Box.Y + panel.Frame.TitleHeight / 2 + (panel.Title.Height(_formulaScale) - panel.Title.Depth(_formulaScale)) / 2;
            output.Formula(panel.Title, new Vec2(map.CenterX - panel.Title.Width(_formulaScale) / 2, titleBaseline), _formulaScale, theme.Text);

            foreach (var t in panel.Targets) Cross(output, t, 12, halo);

            // Tags avoid the optimum markers, every path's current point and each other.
            var occupied = panel.Targets.Select(t => new Box(t.X - 16, t.Y - 16, 32, 32)).ToList();
            foreach (var path in panel.Paths) DrawPath(frame, output, panel, path, halo);
            foreach (var path in panel.Paths)
            {
                var head = Head(frame, panel, path);
                occupied.Add(new Box(head.X - 14, head.Y - 14, 28, 28));
                occupied.Add(new Box(path.Points[0].X - 12, path.Points[0].Y - 12, 24, 24));
                // The drawn path too, sampled every few units, so a tag never hides the route taken.
                var last = path.Points[0];
                var shown = (int)Math.Clamp(Math.Floor(Motion(frame, path.Run) + 1e-9), 0, path.Run.Updates);
                foreach (var j in path.Kept)
                {
                    if (j > shown) break;
                    var p = path.Points[j];
                    if (Math.Abs(p.X - last.X) + Math.Abs(p.Y - last.Y) < 10) continue;
                    occupied.Add(new Box(p.X - 5, p.Y - 5, 10, 10));
                    last = p;
                }
            }
            foreach (var path in panel.Paths)
            {
                // The end tag fades in once the fit has stopped (its cursor keeps counting to max-steps).
                var fade = FitTiming.FadeAfterFinish(frame, path.Run.Name, path.Run.Updates);
                if (fade <= 0) continue;
                output.Push(fade, default);
                var end = Head(frame, panel, path);
                Tag(output, theme, end, path.EndTag, path.EndTagWidth, theme.Resolve(path.Color), Onward(path, end), panel.Map, occupied);
                output.Pop();
            }
            foreach (var path in panel.Paths)
                Tag(output, theme, path.Points[0], "start", _startTagWidth, theme.Resolve(path.Color), [Side.Below, Side.Left, Side.Right, Side.Above], panel.Map, occupied);
        }
        if (_spec.ColorBar) DrawColorBar(frame, output, contour);
        if (_panels.Any(p => p.Targets.Count > 0)) DrawTargetKey(output, theme);
    }

    // "× local minimum" under the first panel (the last when they are stacked), at the left end of the μ title's row.
    private void DrawTargetKey(DisplayListBuilder output, Theme theme)
    {
        var frame = (_stacked ? _panels[^1] : _panels[0]).Frame;
        var c = new Vec2(frame.Box.X + 12, frame.XTitleTop + 20);
        output.Line(new Vec2(c.X - 10, c.Y - 10), new Vec2(c.X + 10, c.Y + 10), theme.Text, 3);
        output.Line(new Vec2(c.X - 10, c.Y + 10), new Vec2(c.X + 10, c.Y - 10), theme.Text, 3);
        output.Text(TargetKey, new Vec2(c.X + 24, c.Y + 11), Typography.Tick, theme.Muted);
    }

    private static void Cross(DisplayListBuilder output, Vec2 t, double r, Rgba halo)
    {
        var white = new Rgba(255, 255, 255);
        output.Line(new Vec2(t.X - r, t.Y - r), new Vec2(t.X + r, t.Y + r), halo, 7);
        output.Line(new Vec2(t.X - r, t.Y + r), new Vec2(t.X + r, t.Y - r), halo, 7);
        output.Line(new Vec2(t.X - r, t.Y - r), new Vec2(t.X + r, t.Y + r), white, 3);
        output.Line(new Vec2(t.X - r, t.Y + r), new Vec2(t.X + r, t.Y - r), white, 3);
    }

    private Vec2 Head(in ElementFrame frame, Panel panel, PathData path)
    {
        var (mean, sd, _) = path.Run.At(Motion(frame, path.Run));
        return Inside(new Vec2(panel.Mean.Map(mean), panel.Sd.Map(sd)), panel.Map);
    }

    private void DrawPath(in ElementFrame frame, DisplayListBuilder output, Panel panel, PathData path, Rgba halo)
    {
        var theme = frame.Theme;
        var color = theme.Resolve(path.Color);
        var run = path.Run;
        var raw = frame.Cursor(run.Name);
        var cursor = Motion(frame, run);
        var k = (int)Math.Floor(cursor + 1e-9);
        var head = Head(frame, panel, path);
        var line = new List<Vec2>(path.Kept.Length + 1);
        foreach (var j in path.Kept)
        {
            if (j > k) break;
            line.Add(path.Points[j]);
        }
        line.Add(head);

        output.Polyline(line, halo, 10);
        output.Polyline(line, color, 4.5);
        output.Circle(path.Points[0], 10, theme.Background, color, 4);
        output.Circle(head, raw >= run.Updates - 1e-9 ? 13 : 11, color, Rgba.FromHex("#ffffff"), 3);
    }

    /// <summary>The fit's position, clamped to the updates it made (its playback runs on to max-steps).</summary>
    private static double Motion(in ElementFrame frame, IGaussianFitRun run) => Math.Clamp(frame.Motion(run.Name, run.StepCount), 0, run.Updates);

    private enum Side { Right, Left, Above, Below }

    /// <summary>
    /// The end tag's sides, those ahead of the path first (the way it was heading when it stopped), so the tag lies
    /// beyond the path's end rather than back over the route and the start it came from; ties keep right, left,
    /// above, below.
    /// </summary>
    private static Side[] Onward(PathData path, Vec2 end)
    {
        var from = path.Points[0];
        foreach (var j in path.Kept.Reverse())
        {
            var p = path.Points[j];
            if (Math.Abs(p.X - end.X) + Math.Abs(p.Y - end.Y) >= 40) { from = p; break; }
        }
        var (dx, dy) = (end.X - from.X, end.Y - from.Y);
        double Ahead(Side side) => side switch { Side.Right => dx, Side.Left => -dx, Side.Above => -dy, _ => dy };
        return [.. new[] { Side.Right, Side.Left, Side.Above, Side.Below }.OrderByDescending(Ahead)];
    }

    // A small label on a pill so it reads over any colour of the heat map; the first side that is free is used.
    private void Tag(DisplayListBuilder output, Theme theme, Vec2 at, string text, double width, Rgba color, Side[] sides, Box map, List<Box> occupied)
    {
        const double padX = 12, height = 44, offset = 20;
        var w = width + 2 * padX;
        Box Place(Side side)
        {
            var (left, top) = side switch
            {
                Side.Right => (at.X + offset, at.Y - height / 2),
                Side.Left => (at.X - offset - w, at.Y - height / 2),
                Side.Above => (at.X - w / 2, at.Y - offset - height),
                _ => (at.X - w / 2, at.Y + offset),
            };
            // Kept inside the map; a map narrower than the tag (a portrait frame) keeps its left edge (Math.Clamp would throw).
            return new Box(Math.Max(map.X + 4, Math.Min(left, map.Right - 4 - w)), Math.Max(map.Y + 4, Math.Min(top, map.Bottom - 4 - height)), w, height);
        }
        var candidates = sides.Select(Place).ToList();
        // The first free side; when none is (a small map, a short path), the side that covers least.
        var free = candidates.FindIndex(c => !occupied.Any(o => o.Intersects(c)));
        var box = free >= 0 ? candidates[free] : candidates.MinBy(c => occupied.Sum(o => Overlap(o, c)));
        occupied.Add(box);
        output.Rect(box, theme.Background.Fade(0.82), color, 2, 10);
        output.Text(text, new Vec2(box.X + padX, box.Y + height / 2 + 11), _tagFont, theme.Text);
    }

    private static double Overlap(Box a, Box b) =>
        Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.X, b.X)) * Math.Max(0, Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Y, b.Y));

    private void DrawColorBar(in ElementFrame frame, DisplayListBuilder output, Rgba contour)
    {
        var theme = frame.Theme;
        // Beside the maps, from the top of the first to the bottom of the last (one map's height when side by side).
        var (top, bottom) = (_panels[0].Map.Y, _panels[^1].Map.Bottom);
        var bar = new Box(_panels.Max(p => p.Map.Right) + 62, top, BarWidth, bottom - top);
        double Y(double loss) => bar.Bottom - Math.Clamp(ColorPosition(loss), 0, 1) * bar.Height;

        output.Image(_barImage, bar);
        foreach (var level in _levels) output.Line(new Vec2(bar.X, Y(level)), new Vec2(bar.Right, Y(level)), contour with { A = 190 }, 2);
        output.Rect(bar, null, theme.Axis, 2);
        foreach (var t in _barTicks)
        {
            var y = Y(t);
            output.Line(new Vec2(bar.Right, y), new Vec2(bar.Right + 8, y), theme.Axis, 2);
            output.Text(NumberFormat.Fixed(t, t < 1 ? 1 : 0), new Vec2(bar.Right + 14, y + 11), Typography.Tick, theme.Muted);
        }
        _barTitle.Render(output, bar.X - 8, bar.Y - 50, _barTitle.Width, TextAlign.Left, theme.Muted);

        // Each fit's current loss, as a pointer on the bar.
        foreach (var path in _panels.SelectMany(p => p.Paths))
        {
            var (_, _, loss) = path.Run.At(Motion(frame, path.Run));
            var y = Y(loss);
            var color = theme.Resolve(path.Color);
            output.Polygon([new Vec2(bar.X - 4, y), new Vec2(bar.X - 26, y - 12), new Vec2(bar.X - 26, y + 12)], color);
        }
    }
}
