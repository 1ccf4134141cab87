using Renderer.Elements.Bars;
using Renderer.Elements.Containers;
using Renderer.Elements.DensityPlot;
using Renderer.Elements.DisplayMath;
using Renderer.Elements.Huffman;
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
