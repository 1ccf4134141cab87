using Renderer.Scenes.Model;

namespace Renderer.Elements.DensityPlot;

/// <summary>
/// A continuous target density P drawn filled, with the current Q = N(μ, σ²) of one or more Gaussian KL fits
/// (following their playback cursors) and, optionally, a Q that wanders through the Gaussian family to show
/// what the model can and cannot do.
/// </summary>
public sealed record DensityPlotElementSpec(
    ElementCommon Common,
    string Distribution,
    IReadOnlyList<string> Fits,
    IReadOnlyList<string> Colors,
    IReadOnlyList<string>? Labels,
    FamilySweepSpec? Family,
    double? XMin,
    double? XMax,
    double? YMax,
    bool Markers,
    bool Legend)
    : ElementSpec(Common);

/// <summary>An example Q that drifts smoothly through means in [MeanMin, MeanMax] and widths in [SdMin, SdMax].</summary>
public sealed record FamilySweepSpec(double MeanMin, double MeanMax, double SdMin, double SdMax, Timeline.Duration Period);
