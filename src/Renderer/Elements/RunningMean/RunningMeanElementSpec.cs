using Renderer.Plotting;
using Renderer.Scenes.Model;

namespace Renderer.Elements.RunningMean;

/// <summary>
/// The running mean of one or more sampling simulations against the number of samples, with reference lines. Several
/// simulations share the axes, each series in its own colour (<see cref="Colors"/>, theme role names; empty = the defaults).
/// </summary>
public sealed record RunningMeanElementSpec(
    ElementCommon Common,
    IReadOnlyList<string> Simulations,
    IReadOnlyList<string> References,
    bool Band,
    AxisScale XScale,
    double? YMin,
    double? YMax,
    IReadOnlyList<string> Colors)
    : ElementSpec(Common);
