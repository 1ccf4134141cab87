using Renderer.Elements.Arrow;
using Renderer.Elements.Axes;
using Renderer.Elements.Brace;
using Renderer.Elements.Circle;
using Renderer.Elements.Dot;
using Renderer.Elements.Label;
using Renderer.Elements.Line;
using Renderer.Elements.Polygon;
using Renderer.Elements.Polyline;
using Renderer.Elements.Rect;
using Renderer.Elements.Bars;
using Renderer.Elements.Containers;
using Renderer.Elements.DensityPlot;
using Renderer.Elements.DisplayMath;
using Renderer.Elements.Huffman;
using Renderer.Elements.Image;
using Renderer.Elements.List;
using Renderer.Elements.Table;
using Renderer.Elements.Code;
using Renderer.Elements.LossCurve;
using Renderer.Elements.Landscape;
using Renderer.Elements.Readouts;
using Renderer.Elements.RunningMean;
using Renderer.Elements.SampleTape;
using Renderer.Elements.SweepPlot;
using Renderer.Elements.Text;
using Renderer.Kinds;
using Renderer.Simulations.CrossEntropy;
using Renderer.Simulations.CrossEntropySweep;
using Renderer.Simulations.GaussianKlFit;
using Renderer.Simulations.HuffmanBuild;
using Renderer.Simulations.HuffmanDepth;

namespace Renderer.Language;

/// <summary>
/// The one list of the kinds the scene language knows. Adding a kind is a folder under Elements/ or Simulations/
/// and one line here; the reader, the schema, the compiler and the reference pick it up from this list.
/// </summary>
public static class BuiltInKinds
{
    public static KindSet All { get; } = new(
        [
            new TextKind(),
            new MathKind(),
            new BarsKind(),
            new RunningMeanKind(),
            new ReadoutsKind(),
            new SampleTapeKind(),
            new SweepPlotKind(),
            new HuffmanTreeKind(),
            new DensityPlotKind(),
            new LossCurveKind(),
            new LossLandscapeKind(),
            new AxesKind(),
            new CircleKind(),
            new RectKind(),
            new LineKind(),
            new PolylineKind(),
            new PolygonKind(),
            new ArrowKind(),
            new BraceKind(),
            new DotKind(),
            new LabelKind(),
            new ImageKind(),
            new ListKind(),
            new TableKind(),
            new CodeKind(),
            new RowKind(),
            new ColumnKind(),
            new GridKind(),
            new StackKind(),
        ],
        [
            new CrossEntropySamplingKind(),
            new CrossEntropySweepKind(),
            new HuffmanBuildKind(),
            new HuffmanDepthSamplingKind(),
            new GaussianKlFitKind(),
        ]);
}
