using Renderer.Scenes.Keys;
using Renderer.Scenes.Yaml;
using Renderer.Timeline;

namespace Renderer.Elements.Shared;

/// <summary>
/// Parts of an element (list items, code lines, derivation lines) that appear one after another: part i starts its
/// entrance at <see cref="Start"/> + i × <see cref="Step"/> and is fully in after <see cref="Entrance"/>, eased. A pure
/// function of the time within the slide.
/// </summary>
public sealed record StepReveal(double Start, double Step, double Entrance)
{
    /// <summary>How far part <paramref name="index"/> has come in at <paramref name="seconds"/>: 0 (not yet) to 1 (in).</summary>
    public double Progress(int index, double seconds)
    {
        var u = (seconds - (Start + index * Step)) / Math.Max(Entrance, 1e-9);
        return Easing.Smooth.Apply(u);
    }

    /// <summary>The distance (design units) a part slides in from while it fades in.</summary>
    public const double SlideDistance = 28;

    public static DurationKey StartKey { get; } = new("start", "When the first part begins to appear, from the slide's start.", "0.6s");

    public static DurationKey StepKey { get; } = new("step", "Time between one part's entrance and the next's.", "1s", allowZero: false);

    /// <summary>Reads start and step as written (with their defaults).</summary>
    public static StepTiming Read(MapReader map) =>
        new(StartKey.Read(map) ?? Duration.Seconds(0.6), StepKey.Read(map) ?? Duration.Seconds(1));
}

/// <summary>Start and step as the author wrote them; seconds once the frame rate is known.</summary>
public sealed record StepTiming(Duration Start, Duration Step)
{
    /// <summary>Every part takes 0.5 s to come in, or the step if that is shorter, so parts never overlap their entrances.</summary>
    public StepReveal At(int fps) => new(Start.ToSeconds(fps), Step.ToSeconds(fps), Math.Min(0.5, Step.ToSeconds(fps)));
}
