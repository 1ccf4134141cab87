using Renderer.Compilation;
using Renderer.Elements.Landscape;
using Renderer.Elements.Readouts;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Language;
using Renderer.Plotting;
using Renderer.Text;

namespace Renderer.Tests.Kl;

/// <summary>The drawing helpers and elements of Video 3, compiled without TeX or fonts.</summary>
public sealed class KlElementTests
{
    private sealed class FixedMeasurer : ITextMeasurer
    {
        public double Width(string text, FontSpec font) => text.Length * font.Size * 0.5;
        public (double Ascent, double Descent) VerticalMetrics(FontSpec font) => (font.Size * 0.8, font.Size * 0.2);
    }

    private static CompiledScene Compile() =>
        SceneCompiler.Compile(SceneLoader.Load(KlSceneLoaderTests.Valid, "kl.yaml"), BuiltInKinds.All, new FixedMeasurer(), new CollectingTypesetter());

    [Fact]
    public void Contours_of_a_paraboloid_are_closed_circles_of_the_right_radius()
    {
        // f = (i - 20)^2 + (j - 20)^2 on a 41 x 41 lattice; the level 100 is a circle of radius 10.
        var lines = Contours.Trace((i, j) => (i - 20.0) * (i - 20.0) + (j - 20.0) * (j - 20.0), 41, 41, 100);
        var line = Assert.Single(lines);
        Assert.Equal(line[0], line[^1]);
        Assert.All(line, p => Assert.InRange(Math.Sqrt((p.X - 20) * (p.X - 20) + (p.Y - 20) * (p.Y - 20)), 9.9, 10.05));
    }

    [Fact]
    public void Viridis_ends_and_middle_match_matplotlib()
    {
        Assert.Equal(new Rgba(0x44, 0x01, 0x54), Colormap.Viridis(0));
        Assert.Equal(new Rgba(0xfd, 0xe7, 0x25), Colormap.Viridis(1));
        // matplotlib viridis(0.5) = (0.127568, 0.566949, 0.550556) -> (33, 145, 140) within the 33-knot table's error.
        var mid = Colormap.Viridis(0.5);
        Assert.InRange(mid.R, 31, 35);
        Assert.InRange(mid.G, 143, 147);
        Assert.InRange(mid.B, 138, 142);
    }

    [Fact]
    public void Nice_contour_levels_are_round_and_inside_the_range()
    {
        var levels = LossLandscapeElement.NiceLevels(0.45, 20, 10);
        Assert.Equal([0.5, 0.7, 1, 1.5, 2, 3, 5, 7, 10, 15], levels);
        Assert.Equal([0.5, 1, 2, 5, 10, 20], LossLandscapeElement.NiceLevels(0.45, 20, 7, includeEnds: true));
    }

    [Fact]
    public void Landscape_heat_map_is_built_once_and_every_frame_reuses_it()
    {
        var scene = Compile();
        var first = scene.Timeline.StartFrame(1);
        IEnumerable<RasterItem> Rasters(int frame) => FrameEvaluator.Evaluate(scene, frame).Items.OfType<RasterItem>();
        var a = Rasters(first + 10).ToList();
        var b = Rasters(first + 40).ToList();
        Assert.Equal(3, a.Count); // two heat maps and the colour bar
        Assert.Equal(a.Select(r => r.Raster), b.Select(r => r.Raster), ReferenceEqualityComparer.Instance);
    }

    [Fact]
    public void Frames_are_pure_functions_of_the_index()
    {
        var scene = Compile();
        var frame = scene.Timeline.StartFrame(0) + 47;
        var a = FrameEvaluator.Evaluate(scene, frame).Items;
        FrameEvaluator.Evaluate(scene, frame + 13);
        var b = FrameEvaluator.Evaluate(scene, frame).Items;
        Assert.Equal(a.Count, b.Count);
        Assert.Equal(a.Select(Describe), b.Select(Describe));
    }

    [Fact]
    public void Fit_readouts_show_the_step_the_cursor_has_revealed()
    {
        var scene = Compile();
        var slide = scene.Slides[0];
        var readouts = (ReadoutsElement)slide.Elements.Single(e => e is ReadoutsElement);
        var spec = scene.Spec.Slides[0].Elements.OfType<ReadoutsElementSpec>().Single();
        var fwd = (global::Renderer.Simulations.GaussianKlFit.GaussianKlFitRun)scene.Simulations["fwd"];
        var seconds = 1.7;
        var frame = new ElementFrame(new Box(0, 0, 100, 100), scene.Theme, seconds, 1, slide.Cursors);
        var revealed = slide.Cursors["fwd"].Revealed(seconds);
        Assert.InRange(revealed, 1, 399);
        Assert.Equal(fwd.Step(revealed).Mean, readouts.Value(0, frame));
    }

    private static string Describe(DisplayItem item) => item switch
    {
        PolylineItem p => $"line {p.Color} {string.Join(";", p.Points)}",
        PolygonItem p => $"poly {p.Fill} {string.Join(";", p.Points)}",
        RasterItem r => $"raster {r.Box} {r.Opacity}",
        _ => item.ToString(),
    };
}
