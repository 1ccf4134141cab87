using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Simulation.Discrete;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.Bars;

/// <summary>
/// Grouped bars of distributions over shared outcomes: legend, y axis, value labels, outcome names, and
/// optionally a row with each outcome's information -log Q(x) and a highlight on the latest draw.
/// </summary>
public sealed class BarsElement : ISlideElement, IAnchorTarget
{
    private const double OutcomeRowHeight = 52;
    private const double InformationRowHeight = 58;

    /// <summary>The information row's label goes on a line of its own above the row (rather than left of it) when
    /// beside the row it would take more than this share of the box's width (a narrow box: a square frame).</summary>
    private const double MaxGutterShare = 0.4;

    /// <summary>The height of that line.</summary>
    private const double LabelRowHeight = 46;


    /// <summary>Room between the highlight's edge and the number it frames.</summary>
    public const double GlowPadding = 16;

    private readonly BarsElementSpec _spec;
    private readonly IReadOnlyList<DiscreteDistribution> _distributions;
    private readonly ISampledMeanRun? _highlight;
    private readonly double[]? _information;
    private readonly Formula? _informationLabel;
    private readonly PlotFrame _plot;
    private readonly FontSpec? _valueFont;
    private readonly double _formulaScale;
    private readonly string[] _colors;
    private readonly double _informationWidth;
    private readonly int _informationDigits;

    /// <summary>Extra height above the information row when its label sits on a line of its own (0 when beside it).</summary>
    private readonly double _labelRow;

    public BarsElement(BarsElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _distributions = spec.Distributions.Select(context.Distribution).ToList();
        _formulaScale = RichText.FormulaScaleFor(Typography.Label);
        if (spec.Highlight is not null) _highlight = context.Run<ISampledMeanRun>(spec.Highlight);
        if (spec.Information is not null)
        {
            var logBase = _highlight?.Base ?? LogBase.Bits;
            var q = context.Distribution(spec.Information);
            _information = q.Probabilities.Select(p => InformationMeasures.SelfInformation(p, logBase)).ToArray();
            _informationLabel = context.Typesetter.Typeset($"-{TexNames.Log(logBase)} {TexNames.Name(spec.Information)}(x)", display: false);
        }
        var max = _distributions.SelectMany(d => d.Probabilities).Max();
        var yMax = spec.YMax ?? Math.Min(1, Math.Ceiling(max * 10 + 0.25) / 10);
        _colors = spec.Distributions.Select(context.DistributionColor).ToArray();
        var legend = spec.Distributions.Select((n, j) => new LegendEntry(LegendSwatch.Fill, theme => theme.Resolve(_colors[j]),
            RichText.Layout($"${TexNames.Name(n)}$", Typography.Label, context.Box.Width, context.Measurer, context.Typesetter))).ToList();
        // Left of the bars: the y labels, or the information row's label if it is wider. Under them: outcome names
        // and the information row. Above: the legend and room for the highlight's glow.
        var gutter = _information is null ? 0 : _informationLabel!.Width(_formulaScale) + 24;
        if (gutter > MaxGutterShare * context.Box.Width) (gutter, _labelRow) = (0, LabelRowHeight);
        var margins = new PlotMargins(Top: 40, Bottom: OutcomeRowHeight + (_information is null ? 0 : InformationRowHeight + _labelRow));
        var y = new AxisSpec(0, yMax) { Ticks = NiceTicks.Linear(0, yMax, 5) };
        var x = new AxisSpec(0, Outcomes) { Labels = false, Grid = false };
        _plot = PlotFrame.Layout(context.Box, x, y, context.Measurer, context.Typesetter, margins, legend, centreLegend: true);
        if (gutter > _plot.Area.X - context.Box.X)
            _plot = PlotFrame.Layout(context.Box, x, y, context.Measurer, context.Typesetter, margins with { Left = gutter - (_plot.Area.X - context.Box.X) }, legend, centreLegend: true);
        _valueFont = FitValueFont(context);
        // Written as the sample tape writes a draw's cost: whole bits whole, else three decimals.
        _informationDigits = _information is null ? 3 : SampledMeanText.InformationDigits(_information);
        _informationWidth = _information?.Max(v => context.Measurer.Width(NumberFormat.Fixed(v, _informationDigits), Typography.Tick)) ?? 0;
    }

    public ElementCommon Common => _spec.Common;

    private int Outcomes => _distributions[0].Count;

    /// <summary>Smallest value-label size we accept: 28 units is 10.5 px when the video is embedded 720 px wide.</summary>
    public const double MinimumValueFontSize = 28;

    // Value labels must never overlap: shrink their font until the widest fits the bar pitch, and leave
    // them out (the axis still reads the values) rather than go below a legible size.
    private FontSpec? FitValueFont(ElementCompileContext context)
    {
        if (!_spec.Values) return null;
        var chart = _plot.Area;
        var pitch = chart.Width / Outcomes / _distributions.Count;
        var widest = _distributions.SelectMany(d => d.Probabilities).Select(p => NumberFormat.Fixed(p, _spec.Digits)).MaxBy(s => s.Length)!;
        var font = Typography.Tick;
        while (font.Size > MinimumValueFontSize && context.Measurer.Width(widest, font) > pitch - 10) font = font with { Size = font.Size - 1 };
        return context.Measurer.Width(widest, font) > pitch - 10 ? null : font;
    }


    public IReadOnlyList<string> AnchorNames =>
        [.. _spec.Distributions.SelectMany(d => _distributions[0].Outcomes.Select(o => $"{d}.{o}")), .. _distributions[0].Outcomes];

    /// <summary><c>P.A</c>: the bar of distribution P at outcome A (fully grown); <c>A</c>: outcome A's group of bars.</summary>
    public AnchorPlace? Anchor(AnchorSpec anchor, ElementCompileContext context)
    {
        if (anchor.Arguments is not null) return null;
        var outcomes = _distributions[0].Outcomes;
        Box? box = anchor.Names switch
        {
            [var d, var o] when _spec.Distributions.Contains(d) && outcomes.Contains(o) => Bar(outcomes.ToList().IndexOf(o), _spec.Distributions.ToList().IndexOf(d)),
            [var o] when outcomes.Contains(o) => Group(outcomes.ToList().IndexOf(o)),
            _ => null,
        };
        if (box is not { } b) return null;
        return (in ElementFrame _) => b;
    }

    private Box Bar(int outcome, int series)
    {
        var chart = _plot.Area;
        var groupWidth = chart.Width / Outcomes;
        var barWidth = Math.Min(groupWidth * 0.78 / _distributions.Count, 150);
        var left = chart.X + outcome * groupWidth + groupWidth / 2 - barWidth * _distributions.Count / 2 + series * barWidth;
        var top = _plot.Y.Map(_distributions[series][outcome]);
        return new Box(left + 3, top, barWidth - 6, chart.Bottom - top);
    }

    private Box Group(int outcome)
    {
        var boxes = Enumerable.Range(0, _distributions.Count).Select(j => Bar(outcome, j)).ToList();
        var (x, y) = (boxes.Min(b => b.X), boxes.Min(b => b.Y));
        return new Box(x, y, boxes.Max(b => b.Right) - x, _plot.Area.Bottom - y);
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var chart = _plot.Area;
        var y = _plot.Y;
        var groupWidth = chart.Width / Outcomes;
        var m = _distributions.Count;
        var barWidth = Math.Min(groupWidth * 0.78 / m, 150);

        _plot.DrawGrid(output, theme);

        var highlighted = -1;
        var pulse = 0.0;
        if (_highlight is not null)
        {
            // The newest draw shown, the same one the tape and the running mean show; its glow fades over its step.
            var progress = frame.Progress(_highlight.Name, _highlight.StepCount);
            if (progress.Shown >= 1)
            {
                highlighted = _highlight.Samples[progress.Shown - 1];
                pulse = Math.Pow(1 - progress.Into, 2);
            }
        }

        for (var i = 0; i < Outcomes; i++)
        {
            var groupX = chart.X + i * groupWidth;
            var center = groupX + groupWidth / 2;
            if (i == highlighted)
            {
                // Wide enough for the information under the bars with room around it, and down past its baseline.
                var glowWidth = Math.Min(groupWidth - 4, Math.Max(groupWidth - 12, _informationWidth + 2 * GlowPadding));
                var glow = new Box(center - glowWidth / 2, chart.Y - 40, glowWidth, chart.Height + 40 + OutcomeRowHeight + (_information is null ? 0 : InformationRowHeight + _labelRow + 12));
                output.Rect(glow, theme.Highlight.Fade(0.10 + 0.14 * pulse), theme.Highlight.Fade(0.55 + 0.45 * pulse), 3, 14);
            }
            for (var j = 0; j < m; j++)
            {
                var p = _distributions[j][i];
                var left = center - barWidth * m / 2 + j * barWidth;
                var grow = frame.Reveal;
                var top = y.Map(p * grow);
                output.Rect(new Box(left + 3, top, barWidth - 6, chart.Bottom - top), theme.Resolve(_colors[j]), null, 0, 4);
                if (_valueFont is { } valueFont)
                    output.Text(NumberFormat.Fixed(p, _spec.Digits), new Vec2(left + barWidth / 2, top - 12), valueFont, theme.Text, TextAnchor.Center);
            }
            output.Text(_distributions[0].Outcomes[i], new Vec2(center, chart.Bottom + 42), Typography.Label, i == highlighted ? theme.Highlight : theme.Text, TextAnchor.Center);
            if (_information is not null)
            {
                var value = NumberFormat.Fixed(_information[i], _informationDigits);
                output.Text(value, new Vec2(center, chart.Bottom + OutcomeRowHeight + _labelRow + 44), Typography.Tick, i == highlighted ? theme.Highlight : theme.Muted, TextAnchor.Center);
            }
        }
        _plot.DrawAxes(output, theme);
        // Beside the row, or on a line of its own above it (the row's numbers then sit a line lower, under it).
        if (_informationLabel is not null)
            output.Formula(_informationLabel, new Vec2(frame.Box.X, chart.Bottom + OutcomeRowHeight + 44), _formulaScale, theme.Muted);
    }
}
