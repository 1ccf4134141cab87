using System.Globalization;
using Renderer.Compilation;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Diagnostics;
using Renderer.Text;

namespace Renderer.Linting;

/// <summary>
/// Looks at every slide the way a viewer would, at the moments that matter — when the entrances are done, every
/// second while the slide plays, and just before it leaves — and reports what a viewer would call a layout fault, as
/// errors at the element's file:line:col: ink outside the frame or its safe area, two elements' ink overlapping (an
/// element marked <c>overlay: true</c> may sit on others), a label lying on its own element's plotted strokes, and text
/// too small to read when the video is embedded 720 px wide.
/// </summary>
public static class LayoutLint
{
    /// <summary>The safe area is the frame inset by this share of its short side on every side.</summary>
    public const double SafeMarginShare = 0.03;

    /// <summary>Text must be at least this tall (its font size, in pixels) when the video is embedded this wide.</summary>
    public const double LegiblePixels = 10, EmbedWidthPixels = 720;

    /// <summary>How far apart (seconds) the regular looks at a playing slide are.</summary>
    public const double Cadence = 1.0;

    public static IReadOnlyList<Diagnostic> Check(CompiledScene scene, ITextMeasurer measurer)
    {
        var found = new Dictionary<string, Diagnostic>();
        var frame = new Box(0, 0, scene.DesignWidth, scene.DesignHeight);
        var margin = SafeMarginShare * Math.Min(scene.DesignWidth, scene.DesignHeight);
        var safe = frame.Inset(margin);
        var floor = LegiblePixels * scene.DesignWidth / EmbedWidthPixels;
        foreach (var slide in scene.Slides)
        {
            var start = scene.Timeline.StartFrame(slide.Index);
            foreach (var seconds in Moments(slide, scene.Fps))
            {
                var local = Math.Clamp((int)Math.Round(seconds * scene.Fps), 0, scene.Timeline.FrameCounts[slide.Index] - 1);
                var sources = new List<ItemSource>();
                var state = FrameEvaluator.Evaluate(scene, start + local, sources);
                var t = (double)local / scene.Fps;
                var inks = new List<(ItemSource Source, List<(DisplayItem Item, Ink Ink)> Inks)>();
                foreach (var source in sources)
                {
                    if (!source.IsChrome && !Settled(slide.Elements[source.Element].Common, t, slide.Seconds, scene.Fps)) continue;
                    var list = new List<(DisplayItem, Ink)>();
                    for (var i = source.First; i < source.First + source.Count; i++)
                        if (InkMeasure.Of(state.Items[i], measurer) is { } ink) list.Add((state.Items[i], ink));
                    inks.Add((source, list));
                }
                foreach (var (source, list) in inks.Where(x => !x.Source.IsChrome))
                {
                    var element = slide.Elements[source.Element].Common;
                    OwnBox(found, element, SlideLayout.Place(slide.Content, element.Layout), list, t);
                    Bounds(found, element, slide, list, frame, safe, t);
                    Overprint(found, element, list, t);
                    RunTogether(found, element, list, measurer, t);
                    OwnData(found, element, slide, list, t);
                    Legibility(found, element, slide, list, floor, scene.DesignWidth, t);
                }
                Overlaps(found, slide, inks, t);
            }
        }
        return found.Values.ToList();
    }

    /// <summary>Entrances done, every <see cref="Cadence"/> seconds, and just before the exits begin.</summary>
    private static IEnumerable<double> Moments(CompiledSlide slide, int fps)
    {
        var seconds = slide.Seconds;
        var exitLength = slide.Elements.Select(e => e.Common.Exit.Length.ToSeconds(fps)).DefaultIfEmpty(0).Max();
        var settled = slide.Elements.Select(e => (e.Common.Enter.At?.ToSeconds(fps) ?? 0) + e.Common.Enter.Length.ToSeconds(fps)).DefaultIfEmpty(0).Max();
        var last = Math.Max(0, seconds - exitLength - 1.0 / fps);
        var moments = new SortedSet<double> { Math.Min(settled, last), last };
        for (var t = Cadence; t < last; t += Cadence) moments.Add(t);
        return moments;
    }

    /// <summary>An element is judged once its entrance has finished and while its exit has not begun.</summary>
    private static bool Settled(Scenes.Model.ElementCommon common, double t, double slideSeconds, int fps)
    {
        var state = AnimationState.At(common.Enter, common.Exit, t, slideSeconds, fps);
        return state.Opacity >= 0.999 && Math.Abs(state.Offset.X) + Math.Abs(state.Offset.Y) < 0.5;
    }

    private static void Bounds(Dictionary<string, Diagnostic> found, Scenes.Model.ElementCommon element, CompiledSlide slide,
        List<(DisplayItem Item, Ink Ink)> inks, Box frame, Box safe, double t)
    {
        foreach (var (_, ink) in inks)
        {
            var b = ink.Box;
            var outside = Math.Max(Math.Max(frame.X - b.X, b.Right - frame.Right), Math.Max(frame.Y - b.Y, b.Bottom - frame.Bottom));
            if (outside > 0.5)
            {
                Add(found, $"frame {element.At}", new Diagnostic(element.At,
                    $"this {element.Kind} element's ink reaches {Units(outside)} units outside the frame at {Time(t)} ({Side(b, frame)})",
                    "give it a box inside the slide, or less to show") { Areas = [Area(b, t)] });
                return;
            }
            var unsafeBy = Math.Max(Math.Max(safe.X - b.X, b.Right - safe.Right), Math.Max(safe.Y - b.Y, b.Bottom - safe.Bottom));
            if (unsafeBy > 0.5)
            {
                Add(found, $"safe {element.At}", new Diagnostic(element.At,
                    $"this {element.Kind} element's ink reaches {Units(unsafeBy)} units into the frame's edge, outside the safe area, at {Time(t)} ({Side(b, safe)})",
                    $"keep ink at least {Units(frame.Right - safe.Right)} units from every edge") { Areas = [Area(b, t)] });
                return;
            }
        }
    }

    /// <summary>How far (design units) ink may stray past its element's box before it is a fault. Plots put an end
    /// tick label centred on the axis's end and a title beside it, up to 20 units past their box in the shipped
    /// scenes (the frame and safe-area checks still hold them); text spilling out of its box, a curve drawn past its
    /// axis or a unit running past its panel go much further.</summary>
    public const double BoxSlack = 24;

    /// <summary>Ink that runs past the element's own box: text spilling out, a curve drawn past its axis, a unit past its panel.</summary>
    private static void OwnBox(Dictionary<string, Diagnostic> found, Scenes.Model.ElementCommon element, Box box,
        List<(DisplayItem Item, Ink Ink)> inks, double t)
    {
        foreach (var (item, ink) in inks)
        {
            var b = ink.Box;
            var past = Math.Max(Math.Max(box.X - b.X, b.Right - box.Right), Math.Max(box.Y - b.Y, b.Bottom - box.Bottom));
            if (past <= BoxSlack) continue;
            Add(found, $"box {element.At}", new Diagnostic(element.At,
                $"{(Describe(item) is { Length: > 0 } d ? $"{d} of " : "the ink of ")}this {element.Kind} element runs {Units(past)} units past its box ({Side(b, box)}) at {Time(t)}",
                "give it a bigger box, show less in it, or (for a plot) an axis range that holds its data") { Areas = [Area(b, t)] });
            return;
        }
    }

    /// <summary>Two words of one element printed over each other: a readout's label under its value, crowded value labels.</summary>
    private static void Overprint(Dictionary<string, Diagnostic> found, Scenes.Model.ElementCommon element,
        List<(DisplayItem Item, Ink Ink)> inks, double t)
    {
        var words = inks.Where(x => x.Ink.Kind == InkKind.Text && Alpha(x.Item) >= ArrivedAlpha).ToList();
        for (var i = 0; i < words.Count; i++)
            for (var j = i + 1; j < words.Count; j++)
            {
                if (!Overprints(words[i].Ink.Box, words[j].Ink.Box)) continue;
                Add(found, $"overprint {element.At}", new Diagnostic(element.At,
                    $"two labels of this {element.Kind} element print over each other at {Time(t)}: {Describe(words[i].Item)} and {Describe(words[j].Item)}",
                    "give the element a bigger box, or shorter labels") { Areas = [Area(words[i].Ink.Box, t), Area(words[j].Ink.Box, t)] });
                return;
            }
    }

    /// <summary>Labels of one element on one line that run into each other: crowded tick labels, outcome names.</summary>
    private static void RunTogether(Dictionary<string, Diagnostic> found, Scenes.Model.ElementCommon element,
        List<(DisplayItem Item, Ink Ink)> inks, ITextMeasurer measurer, double t)
    {
        if (LabelRows.FirstRunTogether(inks, measurer, ArrivedAlpha) is not { } pair) return;
        Add(found, $"crowded {element.At}", new Diagnostic(element.At,
            $"two labels of this {element.Kind} element run together on one line at {Time(t)}: {Describe(pair.A)} and {Describe(pair.B)}",
            "give the element a wider box, or fewer or shorter labels (fewer ticks)") { Areas = [Area(pair.InkA.Box, t), Area(pair.InkB.Box, t)] });
    }

    /// <summary>Two words overprint when they share more than a quarter of the smaller one's ink box: tick labels
    /// that only graze at a plot's corner do not.</summary>
    private static bool Overprints(Box a, Box b)
    {
        var w = Math.Min(a.Right, b.Right) - Math.Max(a.X, b.X);
        var h = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Y, b.Y);
        return w > 1 && h > 1 && w * h > 0.25 * Math.Min(a.Width * a.Height, b.Width * b.Height);
    }

    private static void OwnData(Dictionary<string, Diagnostic> found, Scenes.Model.ElementCommon element, CompiledSlide slide,
        List<(DisplayItem Item, Ink Ink)> inks, double t)
    {
        var strokes = inks.Where(x => x.Item is PolylineItem).Select(x => x.Ink).ToList();
        if (strokes.Count == 0) return;
        foreach (var (item, ink) in inks.Where(x => x.Ink.Kind == InkKind.Text))
        {
            if (!strokes.Any(s => s.Touches(ink.Box))) continue;
            Add(found, $"data {element.At}", new Diagnostic(element.At,
                $"a label of this {element.Kind} element ({Describe(item)}) lies on its own plotted curves at {Time(t)}",
                "move the label off the data, or give the plot more room") { Areas = [Area(ink.Box, t)] });
            return;
        }
    }

    private static void Legibility(Dictionary<string, Diagnostic> found, Scenes.Model.ElementCommon element, CompiledSlide slide,
        List<(DisplayItem Item, Ink Ink)> inks, double floor, double designWidth, double t)
    {
        foreach (var (item, ink) in inks)
        {
            // A mark still fading (and growing) into place, such as a tree's new node, is judged once it has arrived.
            if (Alpha(item) < ArrivedAlpha) continue;
            var size = item switch
            {
                TextItem text => text.Font.Size,
                // A formula's scale matches TeX's x-height (4.31 pt) to the text font's (0.546 em).
                FormulaItem formula => formula.Scale * 4.31 / 0.546,
                _ => double.PositiveInfinity,
            };
            if (size >= floor - 1e-9) continue;
            var pixels = size * EmbedWidthPixels / designWidth;
            Add(found, $"small {element.At}", new Diagnostic(element.At,
                $"text {Describe(item)} of this {element.Kind} element is {pixels.ToString("0.0", CultureInfo.InvariantCulture)} px when the video is embedded {EmbedWidthPixels} px wide; at least {LegiblePixels} px reads",
                "give the element more room, or show less in it") { Areas = [Area(ink.Box, t)] });
            return;
        }
    }

    /// <summary>Items drawn fainter than this (0..255) are on their way in or out.</summary>
    private const int ArrivedAlpha = 230;

    private static int Alpha(DisplayItem item) => item switch
    {
        TextItem t => t.Color.A,
        FormulaItem f => f.Color.A,
        _ => 255,
    };

    private static void Overlaps(Dictionary<string, Diagnostic> found, CompiledSlide slide,
        List<(ItemSource Source, List<(DisplayItem Item, Ink Ink)> Inks)> inks, double t)
    {
        for (var a = 0; a < inks.Count; a++)
        {
            for (var b = a + 1; b < inks.Count; b++)
            {
                var (sa, la) = inks[a];
                var (sb, lb) = inks[b];
                if (sa.IsChrome && sb.IsChrome) continue;
                var ea = sa.IsChrome ? null : slide.Elements[sa.Element].Common;
                var eb = sb.IsChrome ? null : slide.Elements[sb.Element].Common;
                if (ea?.Overlay == true || eb?.Overlay == true)
                {
                    CoveredLabel(found, slide, (sa, la, ea), (sb, lb, eb), t);
                    continue;
                }
                var hit = la.SelectMany(x => lb.Where(y => Clash(x.Ink, y.Ink)).Select(y => (A: x.Ink.Box, B: y.Ink.Box))).FirstOrDefault();
                if (hit == default) continue;
                var (owner, other) = ea is null ? (eb!, Name(sa, slide)) : (ea, eb is null ? Name(sb, slide) : $"the {eb.Kind} element at line {eb.At.Line}");
                Add(found, $"overlap {sa.Element} {sb.Element} {slide.Index}", new Diagnostic(owner.At,
                    $"the ink of this {owner.Kind} element (line {owner.At.Line}) overlaps {other} at {Time(t)}",
                    "move one of them (at: an area, or put both in a row or column), give them more room, or mark the one meant to sit on top 'overlay: true'")
                { Areas = [Area(hit.A, t), Area(hit.B, t)] });
            }
        }
    }

    /// <summary>
    /// An element meant to sit on top (overlay) may cover other elements' drawing, but not a placed label of theirs
    /// (a tick label, an outcome name): a label that cannot be read is a fault wherever it is covered from.
    /// </summary>
    private static void CoveredLabel(Dictionary<string, Diagnostic> found, CompiledSlide slide,
        (ItemSource Source, List<(DisplayItem Item, Ink Ink)> Inks, Scenes.Model.ElementCommon? Element) a,
        (ItemSource Source, List<(DisplayItem Item, Ink Ink)> Inks, Scenes.Model.ElementCommon? Element) b, double t)
    {
        foreach (var (over, under) in new[] { (a, b), (b, a) })
        {
            if (over.Element is not { Overlay: true } top || under.Element is not { Overlay: false } covered) continue;
            foreach (var (item, ink) in under.Inks.Where(x => LabelRows.IsPlacedLabel(x.Item)))
            {
                var hit = over.Inks.FirstOrDefault(x => Clash(x.Ink, ink));
                if (hit == default) continue;
                Add(found, $"covered {over.Source.Element} {under.Source.Element} {slide.Index}", new Diagnostic(top.At,
                    $"this {top.Kind} element (line {top.At.Line}) covers the label {Describe(item)} of the {covered.Kind} element at line {covered.At.Line} at {Time(t)}",
                    "move it off the label (another place or side), or give the plot room so the label lies elsewhere") { Areas = [Area(hit.Ink.Box, t), Area(ink.Box, t)] });
                return;
            }
        }
    }

    /// <summary>Two marks clash when they share more than a sliver: a hairline touch between two boxes is not an overlap.</summary>
    private static bool Clash(Ink a, Ink b)
    {
        if (!a.Touches(b)) return false;
        if (a.Points is not null || b.Points is not null) return true;
        var w = Math.Min(a.Box.Right, b.Box.Right) - Math.Max(a.Box.X, b.Box.X);
        var h = Math.Min(a.Box.Bottom, b.Box.Bottom) - Math.Max(a.Box.Y, b.Box.Y);
        return w > 1 && h > 1;
    }

    private static string Name(ItemSource source, CompiledSlide slide) => source.Element switch
    {
        ItemSource.Title => $"the title of the slide at line {slide.Spec.At.Line}",
        ItemSource.Caption => $"the caption of the slide at line {slide.Spec.At.Line}",
        _ => "the progress dots (top right)",
    };

    private static void Add(Dictionary<string, Diagnostic> found, string key, Diagnostic diagnostic) => found.TryAdd(key, diagnostic);

    private static string Describe(DisplayItem item) => item switch
    {
        TextItem text => $"'{(text.Text.Length > 24 ? text.Text[..24] + "…" : text.Text)}'",
        FormulaItem => "(a formula)",
        _ => "",
    };

    private static string Side(Box ink, Box limit)
    {
        var sides = new List<string>();
        if (ink.X < limit.X) sides.Add("left");
        if (ink.Right > limit.Right) sides.Add("right");
        if (ink.Y < limit.Y) sides.Add("top");
        if (ink.Bottom > limit.Bottom) sides.Add("bottom");
        return string.Join(", ", sides);
    }

    private static string Units(double v) => Math.Ceiling(v).ToString(CultureInfo.InvariantCulture);

    private static string Time(double seconds) => seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s into the slide";

    private static DiagnosticArea Area(Box b, double t) => new(b.X, b.Y, b.Width, b.Height, t);
}
