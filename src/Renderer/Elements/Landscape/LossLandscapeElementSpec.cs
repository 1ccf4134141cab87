using Renderer.Scenes.Model;

namespace Renderer.Elements.Landscape;

/// <summary>
/// One heat-map panel per entry of <see cref="Panels"/>: the loss over the (μ, σ) plane of the panel's first fit
/// (which must have a landscape), with contours and the optimisation path of every fit in the panel drawn as
/// it plays; one shared logarithmic colour bar in nats.
/// </summary>
public sealed record LossLandscapeElementSpec(
    ElementCommon Common,
    IReadOnlyList<IReadOnlyList<string>> Panels,
    IReadOnlyList<string> Colors,
    double? ColorMin,
    double? ColorMax,
    IReadOnlyList<double>? ContourLevels,
    int ContourCount,
    bool Targets,
    bool ColorBar)
    : ElementSpec(Common)
{
    /// <summary>Every fit drawn, panel by panel, in the order colours are assigned.</summary>
    public IEnumerable<string> Fits => Panels.SelectMany(p => p);
}
