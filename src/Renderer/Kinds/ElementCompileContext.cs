using Renderer.Frames;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;
using Renderer.Timeline;

namespace Renderer.Kinds;

/// <summary>What an element may use while compiling: the scene, the simulation runs, fonts, TeX, its box.</summary>
public sealed record ElementCompileContext(
    SceneSpec Scene,
    KindSet Kinds,
    Theme Theme,
    IReadOnlyDictionary<string, SimulationRun> Runs,
    ITextMeasurer Measurer,
    IFormulaTypesetter Typesetter,
    Box Box)
{
    /// <summary>The scene's parameters over the element's slide.</summary>
    public ParameterTimeline Parameters { get; init; } = ParameterTimeline.Empty;

    /// <summary>The slide's length in frames, and the frame rate: what compile-time checks over every frame walk.</summary>
    public int SlideFrames { get; init; } = 1;

    public int Fps { get; init; } = 30;

    /// <summary>Decodes image files (PNG, JPEG, SVG) into rasters; without one, an image is an error at its element.</summary>
    public IImageDecoder Images { get; init; } = NoImages.Instance;

    /// <summary>The decoder of a compile that was given none: every image is an error at its element.</summary>
    public static IImageDecoder NoImageDecoder => NoImages.Instance;

    private sealed class NoImages : IImageDecoder
    {
        public static readonly NoImages Instance = new();

        public DecodedImage Decode(string path, int maxWidth, int maxHeight) => throw new ImageDecodeException("this compile has no image decoder");
    }

    /// <summary>The elements compiled before this one on its slide that have an id, with their boxes: what anchors can name.</summary>
    public IReadOnlyDictionary<string, (ISlideElement Element, Frames.Box Box)> Earlier { get; init; } = new Dictionary<string, (ISlideElement, Frames.Box)>();

    /// <summary>
    /// The place an anchor names, checked now: an unknown id (or one that comes later on the slide), or a name its element
    /// does not offer, is an error at the anchor.
    /// </summary>
    public AnchorPlace Anchor(AnchorSpec anchor)
    {
        if (!Earlier.TryGetValue(anchor.Id, out var target))
            throw new ElementValueException(anchor.At, $"no element with id '{anchor.Id}' comes before this one on the slide",
                Earlier.Count == 0 ? "give the element it points at an id (id: plot) and list it first" : Scenes.Diagnostics.Suggestions.Hint(anchor.Id, Earlier.Keys.ToList()));
        if (target.Element is IAnchorTarget offered && offered.Anchor(anchor, this) is { } place) return place;
        var box = target.Box;
        Frames.Box? fixedPlace = anchor.Arguments is not null || anchor.Names.Count != 1 ? null : anchor.Names[0] switch
        {
            "box" => box,
            "center" => new Frames.Box(box.CenterX, box.CenterY, 0, 0),
            "top" => new Frames.Box(box.CenterX, box.Y, 0, 0),
            "bottom" => new Frames.Box(box.CenterX, box.Bottom, 0, 0),
            "left" => new Frames.Box(box.X, box.CenterY, 0, 0),
            "right" => new Frames.Box(box.Right, box.CenterY, 0, 0),
            _ => null,
        };
        if (fixedPlace is { } p) return (in ElementFrame _) => p;
        IReadOnlyList<string> names = [.. (target.Element as IAnchorTarget)?.AnchorNames ?? [], "box", "center", "top", "bottom", "left", "right"];
        throw new ElementValueException(anchor.At, $"a {target.Element.Common.Kind} element has no anchor '{anchor.Path}'",
            $"'{anchor.Id}' offers: {string.Join(", ", names.Distinct())}");
    }

    public Simulation.Discrete.DiscreteDistribution Distribution(string name) =>
        ((DiscreteDistributionSpec)Scene.Distributions[name]).Distribution;

    /// <summary>The colour (role or "#rrggbb") distribution <paramref name="name"/> is drawn in on every slide.</summary>
    public string DistributionColor(string name) => DistributionColors.Of(Scene, name);

    public Simulation.Continuous.GaussianMixture Mixture(string name) =>
        ((MixtureDistributionSpec)Scene.Distributions[name]).Mixture;

    /// <summary>
    /// The run of simulation <paramref name="name"/> through the capability the element needs. The reader checked
    /// the binding against the kind's declared capabilities, so a run that lacks it is a bug in that kind.
    /// </summary>
    public T Run<T>(string name) where T : class =>
        Runs[name] as T ?? throw new InvalidOperationException($"simulation '{name}' ({Runs[name].GetType().Name}) does not implement {typeof(T).Name}");

    /// <summary>A readout bound to its run: the number shown, given the steps revealed.</summary>
    public BoundReadout Readout(ValueRef value)
    {
        if (value.Literal is { } literal) return new BoundReadout(null, (_, _) => literal, false, null);
        if (value.Expression is { } expression)
        {
            var bound = new BoundExpression(expression, Parameters);
            bound.RequireFinite(this);
            return new BoundReadout(null, (_, _) => double.NaN, false, null) { Expression = bound };
        }
        var run = Runs[value.Simulation!];
        var readout = Kinds.Simulation(Scene.Simulations[run.Name].Kind)!.Readout(value.Property!)!;
        return new BoundReadout(run, readout.Value, readout.IsCount, run.Name, readout.Source, readout.Error);
    }
}

/// <summary>
/// A number on screen: its run (null for a literal), how to compute it, whether it is a count, whether it is exact or
/// sampled, and for an estimate its standard error.
/// </summary>
public sealed record BoundReadout(SimulationRun? Run, Func<SimulationRun, int, double> Compute, bool IsCount, string? Simulation,
    ReadoutSource Source = ReadoutSource.Other, Func<SimulationRun, int, double>? ComputeError = null)
{
    /// <summary>An expression of parameters, read at the frame's time instead of a run's cursor.</summary>
    public BoundExpression? Expression { get; init; }

    public double At(int revealed) => Compute(Run!, revealed);

    /// <summary>The number at this frame: a parameter expression at its time, a run at the steps shown, or the literal.</summary>
    public double At(in ElementFrame frame) =>
        Expression is { } e ? e.At(frame) : Simulation is null ? At(0) : At(frame.Progress(Simulation, Run!.StepCount).Shown);

    /// <summary>The standard error at the same steps; NaN when the number is not an estimate.</summary>
    public double ErrorAt(int revealed) => ComputeError is null || Run is null ? double.NaN : ComputeError(Run, revealed);
}
