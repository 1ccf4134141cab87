using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.SampleTape;

/// <summary>
/// The latest draws, newest on top: sample number, the outcome drawn from P, and the information it costs
/// under Q. New rows slide in from the top as the cursor passes them.
/// </summary>
public sealed class SampleTapeElement : ISlideElement
{
    private const double RowHeight = 66;

    /// <summary>Where the outcome column starts and how wide its boxes are; the header's "x ∼ P" sits over it.</summary>
    public const double OutcomeLeft = 120, OutcomeWidth = 64;

    // Numbers that change every row as draws arrive keep their width (tabular figures).
    private static readonly FontSpec NumberFont = Typography.Tick with { Tabular = true };
    private static readonly FontSpec ValueFont = Typography.Label with { Tabular = true };

    private readonly SampleTapeElementSpec _spec;
    private readonly ISampledMeanRun _run;
    private readonly RichText _valueHeader;
    private readonly Formula _outcomeHeader;
    private readonly double _formulaScale;
    private readonly Func<Theme, Rgba> _drawColor, _costColor;
    private readonly int _digits;

    public SampleTapeElement(SampleTapeElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _run = context.Run<ISampledMeanRun>(spec.Simulation);
        // Two column headers over their columns: "x ∼ P" centred over the outcome boxes, what a draw costs right-aligned
        // over the costs.
        _formulaScale = RichText.FormulaScaleFor(Typography.Small);
        _outcomeHeader = context.Typesetter.Typeset(SampledMeanText.TapeOutcomeTex(_run), false);
        _valueHeader = RichText.Layout(SampledMeanText.TapeValueHeader(_run), Typography.Small, context.Box.Width - OutcomeLeft - OutcomeWidth, context.Measurer, context.Typesetter);
        var drawColor = context.DistributionColor(_run.SampleFrom);
        var costColor = context.DistributionColor(_run.ScoredWith);
        _drawColor = theme => theme.Resolve(drawColor);
        _digits = SampledMeanText.InformationDigits(Enumerable.Range(0, _run.StepCount).Select(_run.DrawValue));
        _costColor = theme => theme.Resolve(costColor);
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>As many of the requested rows as fit in the box: rows never spill into the caption.</summary>
    public int VisibleRows(Box box) => Math.Max(1, Math.Min(_spec.Count, (int)((box.Height - HeaderHeight - 24) / RowHeight)));

    private double HeaderHeight => Math.Max(_valueHeader.Height, _outcomeHeader.Height(_formulaScale) + _outcomeHeader.Depth(_formulaScale));

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var box = frame.Box;
        var headerBaseline = box.Y + _valueHeader.Lines[0].Ascent;
        var outcomeCentre = box.X + OutcomeLeft + OutcomeWidth / 2;
        output.Formula(_outcomeHeader, new Vec2(outcomeCentre - _outcomeHeader.Width(_formulaScale) / 2, headerBaseline), _formulaScale, theme.Muted);
        _valueHeader.Render(output, box.Right - _valueHeader.Width, box.Y, _valueHeader.Width, TextAlign.Right, theme.Muted);
        // The newest row is draw n, sliding in while it arrives, the same n the running mean and its readout show.
        var progress = frame.Progress(_run.Name, _run.StepCount);
        var k = progress.Shown;
        var arrive = progress.EasedArrival;
        var top = box.Y + HeaderHeight + 24;
        var rows = VisibleRows(box);
        for (var row = 0; row < rows && k - row >= 1; row++)
        {
            var index = k - row - 1;
            var y = top + (row - 1 + arrive) * RowHeight;
            // The newest row fades in as it arrives; the oldest fades out as it is pushed off the end.
            var opacity = row == 0 ? arrive : row == rows - 1 ? 1 - arrive : 1;
            output.Push(opacity * (row == 0 ? 1 : 0.85), default);
            var outcome = _run.Outcomes[_run.Samples[index]];
            output.Text($"#{NumberFormat.Count(index + 1)}", new Vec2(box.X, y + 44), NumberFont, theme.Muted);
            output.Rect(new Box(box.X + OutcomeLeft, y + 8, OutcomeWidth, 50), _drawColor(theme).Fade(0.25), _drawColor(theme), 2, 10);
            output.Text(outcome, new Vec2(box.X + OutcomeLeft + OutcomeWidth / 2, y + 45), Typography.Label, theme.Text, TextAnchor.Center);
            output.Text(SampledMeanText.DrawText(_run, index, _digits), new Vec2(box.Right, y + 45), ValueFont, row == 0 ? _costColor(theme) : theme.Text, TextAnchor.Right);
            output.Pop();
        }
    }
}
