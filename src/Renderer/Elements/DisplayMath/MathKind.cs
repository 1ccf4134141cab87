using Renderer.Elements.Shared;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.DisplayMath;

/// <summary><c>math</c>: a display formula.</summary>
public sealed class MathKind : ElementKind<MathElementSpec>
{
    private static readonly NumberKey Size = new("size", "Scale; 1 is the default size.", 0.2, 5, 1);

    public override string Name => "math";

    public override string Summary => "A display formula typeset by TeX (display style), shrunk if it would not fit its box.";

    public override Key Main { get; } = new TextKey("math", "TeX maths (display style), without delimiters.", "TeX");

    public override IReadOnlyList<Key> Keys => [Size, SharedElementKeys.TextColor, SharedElementKeys.Align];

    public override string Example => "{ math: 'H(P,Q) = -\\sum_x P(x)\\log_2 Q(x)', size: 1.2, at: bottom }";

    public override ElementSpec? Read(ElementReading reading) =>
        reading.MainString() is { } tex
            // A YAML block ('math: |') ends in a line break, which TeX would read as a blank line (a paragraph
            // break, "Missing $ inserted") inside the display: the formula is what comes before it.
            ? new MathElementSpec(reading.Common, tex.TrimEnd(), Size.Get(reading.Map), SharedElementKeys.TextColor.Get(reading.Map), SharedElementKeys.Align.Get(reading.Map))
            : null;

    protected override ISlideElement Compile(MathElementSpec spec, ElementCompileContext context) => new MathElement(spec, context);

    protected override IEnumerable<SceneTex> TexOf(MathElementSpec spec) => [SceneTex.Formula(spec.Tex)];
}
