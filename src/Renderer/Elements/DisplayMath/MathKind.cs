using Renderer.Elements.Shared;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.DisplayMath;

/// <summary><c>math</c>: a display formula, or a derivation of aligned lines that may come in line by line.</summary>
public sealed class MathKind : ElementKind<MathElementSpec>
{
    private static readonly NumberKey Size = new("size", "Scale; 1 is the default size.", 0.2, 5, 1);

    private static readonly EnumKey<MathReveal> Reveal = new("reveal", "all: the whole formula at once; line-by-line: the lines of a derivation come in one after another, `step` apart from `start`.",
        new Dictionary<string, MathReveal> { ["all"] = MathReveal.All, ["line-by-line"] = MathReveal.LineByLine }, MathReveal.All);

    public override string Name => "math";

    public override string Summary =>
        "A display formula typeset by TeX (display style), shrunk if it would not fit its box. Lines split by `\\\\` with columns split by `&` make a derivation, " +
        "aligned as in `aligned` (write it as a YAML block, `math: |`); with `reveal: line-by-line` its lines come in one by one. " +
        "Colour terms by role, so they follow the theme: `\\P{…}` and `\\Q{…}` in P's and Q's colours, `\\color{accent}{…}` or `\\textcolor{highlight}{…}` with any colour role " +
        "(this works in every formula of a scene, inline ones included).";

    public override Key Main { get; } = new TextKey("math", "TeX maths (display style), without delimiters.", "TeX");

    public override IReadOnlyList<Key> Keys => [Size, SharedElementKeys.TextColor, SharedElementKeys.Align, Reveal, StepReveal.StartKey, StepReveal.StepKey];

    public override string Example => "{ math: 'H(\\P{P},\\Q{Q}) &= -\\sum_x \\P{P(x)}\\log_2 \\Q{Q(x)} \\\\ &\\ge H(\\P{P})', reveal: line-by-line, step: 0.5s, at: bottom }";

    public override ElementSpec? Read(ElementReading reading)
    {
        if (reading.MainString() is not { } tex) return null;
        // A YAML block ('math: |') ends in a line break, which TeX would read as a blank line (a paragraph break,
        // "Missing $ inserted") inside the display: the formula is what comes before it.
        tex = tex.TrimEnd();
        if (tex.Length == 0)
        {
            reading.Context.Error(reading.Main, "the formula is empty", "write TeX maths, e.g. math: 'x^2'");
            return null;
        }
        var map = reading.Map;
        return new MathElementSpec(reading.Common, tex, Size.Get(map), SharedElementKeys.TextColor.Get(map), SharedElementKeys.Align.Get(map))
        {
            Reveal = Reveal.Get(map),
            Timing = StepReveal.Read(map),
        };
    }

    protected override ISlideElement Compile(MathElementSpec spec, ElementCompileContext context) => new MathElement(spec, context);

    // What TeX will be given: each cell of a derivation on its own, or the whole formula.
    protected override IEnumerable<SceneTex> TexOf(MathElementSpec spec) =>
        Derivation.Split(spec.Tex, unwrap: spec.Reveal == MathReveal.LineByLine) is { } rows
            ? rows.SelectMany(row => row.Select((cell, c) => (cell, c))).Where(x => x.cell.Length > 0).Select(x => SceneTex.Formula(Derivation.CellSource(x.cell, x.c)))
            : [SceneTex.Formula(spec.Tex)];
}
