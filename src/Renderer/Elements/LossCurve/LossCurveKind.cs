using Renderer.Elements.Shared;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.LossCurve;

/// <summary><c>loss-curve</c>: the loss of fits against the iteration.</summary>
public sealed class LossCurveKind : ElementKind<LossCurveElementSpec>
{
    private static readonly EnumKey<AxisScale> YScale = new("y-scale", "Scale of the loss axis.",
        new Dictionary<string, AxisScale> { ["linear"] = AxisScale.Linear, ["log"] = AxisScale.Log }, AxisScale.Linear);
    private static readonly RangeKey YRange = new("y-range", "[min, max] of the y axis (default: fitted to the losses).");

    /// <summary>The same key on a log axis, where the range must be positive.</summary>
    private static readonly RangeKey PositiveYRange = new(YRange.Name, YRange.Doc, 1e-12);

    public override string Name => "loss-curve";

    public override string Summary => "The loss of one or more Gaussian KL fits against the iteration, drawn up to each fit's cursor; the x axis spans max-steps, and the final loss is labelled once a fit stops.";

    public override Key Main { get; } = new NamesKey("loss-curve", "Gaussian KL fits, e.g. [fwd, rev].", "simulation or list of simulations");

    public override IReadOnlyList<Key> Keys => [SharedElementKeys.FitColors, YScale, YRange];

    public override string Example => "{ loss-curve: [fwd, rev], y-scale: log, at: bottom-right }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var (map, main) = (reading.Map, reading.Main);
        var fits = FitBindings.Read(map, main, reading.References);
        var colors = SharedElementKeys.FitColors.Read(map, fits?.Count, "fits");
        var yScale = YScale.Get(map);
        var yRange = (yScale == AxisScale.Log ? PositiveYRange : YRange).Read(map);
        if (fits is null || colors is null || (map.Has(YRange.Name) && yRange is null)) return null;
        if (fits.Count == 0)
        {
            map.Context.Error(main, "'loss-curve' needs at least one fit", "e.g. loss-curve: [fwd, rev]");
            return null;
        }
        return new LossCurveElementSpec(reading.Common, fits, colors, yScale, yRange?.Min, yRange?.Max);
    }

    protected override ISlideElement Compile(LossCurveElementSpec spec, ElementCompileContext context) => new LossCurveElement(spec, context);
}
