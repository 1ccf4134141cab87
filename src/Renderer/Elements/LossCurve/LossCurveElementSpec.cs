using Renderer.Plotting;
using Renderer.Scenes.Model;

namespace Renderer.Elements.LossCurve;

/// <summary>The loss of one or more Gaussian KL fits against the iteration, drawn up to each fit's cursor.</summary>
public sealed record LossCurveElementSpec(
    ElementCommon Common,
    IReadOnlyList<string> Fits,
    IReadOnlyList<string> Colors,
    AxisScale YScale,
    double? YMin,
    double? YMax)
    : ElementSpec(Common);
