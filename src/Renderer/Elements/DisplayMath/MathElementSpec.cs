using Renderer.Elements.Shared;
using Renderer.Scenes.Model;
using Renderer.Text;

namespace Renderer.Elements.DisplayMath;

/// <summary>A display formula typeset by TeX, centred in its box; a derivation of aligned lines may come in line by line.</summary>
public sealed record MathElementSpec(ElementCommon Common, string Tex, double Size, string Color, TextAlign Align) : ElementSpec(Common)
{
    public MathReveal Reveal { get; init; } = MathReveal.All;

    public StepTiming Timing { get; init; } = new(Timeline.Duration.Seconds(0.6), Timeline.Duration.Seconds(1));
}

public enum MathReveal { All, LineByLine }
