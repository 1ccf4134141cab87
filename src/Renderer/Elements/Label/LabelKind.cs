using Renderer.Elements.Shared;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Label;

/// <summary><c>label</c>: a short text beside a place on another element.</summary>
public sealed class LabelKind : ElementKind<LabelElementSpec>
{
    private static readonly EnumKey<LabelSide> Side = new("side", "Which side of the anchor it sits on.", new Dictionary<string, LabelSide>
    {
        ["above"] = LabelSide.Above, ["below"] = LabelSide.Below, ["left"] = LabelSide.Left, ["right"] = LabelSide.Right, ["center"] = LabelSide.Center,
    }, LabelSide.Above);

    private static readonly BoolKey Background = new("background", "A panel behind the text, so it reads over lines and fills.", false);

    public override string Name => "label";

    public override string Summary => "A short text with inline $maths$ (Typography's label size), placed beside an anchor given with `at` (e.g. `at: plot.data(0.25, 2.5)`, `at: bars.P.A`), on the chosen `side`, following it while it moves; or, without an anchor, in its box like a one-line text.";

    public override Key Main { get; } = new TextKey("label", "The text; inline $maths$.");

    public override IReadOnlyList<Key> Keys => [Side, SharedElementKeys.TextColor, Background, SharedElementKeys.Align];

    public override bool TakesAnchor => true;

    public override string Example => "{ label: 'the minimum, $Q = P$', color: accent, background: true, at: bottom }";

    public override ElementSpec? Read(ElementReading reading) =>
        reading.MainString() is { } text
            ? new LabelElementSpec(reading.Common, text, Side.Get(reading.Map), SharedElementKeys.TextColor.Get(reading.Map), Background.Get(reading.Map), SharedElementKeys.Align.Get(reading.Map))
            : null;

    protected override ISlideElement Compile(LabelElementSpec spec, ElementCompileContext context) => new LabelElement(spec, context);
}
