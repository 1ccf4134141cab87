using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.Readouts;

/// <summary>
/// Labelled numbers in a panel, one per row; values read the simulations at the slide's cursors (the steps shown,
/// as every element showing the run counts them). An estimate from samples is shown with its standard error
/// ("2.641 ± 0.015 bits"); a panel that shows both exact and sampled numbers tags each row "exact" or "sampled".
/// Numbers are set in tabular figures, so a value that counts along keeps its width and its edge stays put.
/// </summary>
public sealed class ReadoutsElement : ISlideElement
{
    private const double RowHeight = 78, Padding = 28, TagGap = 28, TagPadX = 12, TagHeight = 40, CellPadding = 14;

    /// <summary>The numbers: tabular figures, so a value that changes every frame does not jitter.</summary>
    public static readonly FontSpec ValueFont = Typography.Readout with { Size = 42, Tabular = true };

    private static readonly FontSpec TagFont = Typography.Tick;

    private readonly ReadoutsElementSpec _spec;
    private readonly IReadOnlyList<RichText> _labels;
    private readonly IReadOnlyList<BoundReadout> _values;
    private readonly bool _tagged;
    private readonly double[] _cellShares;
    private readonly double _tagX, _tagWidth;

    public ReadoutsElement(ReadoutsElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _values = spec.Items.Select(i => context.Readout(i.Value)).ToList();
        _labels = spec.Layout == ReadoutLayout.Row
            ? spec.Items.Select(i => RichText.Layout(i.Label, Typography.Small, context.Box.Width, context.Measurer, context.Typesetter)).ToList()
            : spec.Items.Select(i => RichText.Layout(i.Label, Typography.Body, context.Box.Width * 0.62, context.Measurer, context.Typesetter)).ToList();
        // Tags only where they tell something apart: a panel with exact and sampled numbers side by side.
        _tagged = spec.Layout == ReadoutLayout.Column
                  && _values.Any(v => v.Source == ReadoutSource.Exact) && _values.Any(v => v.Source == ReadoutSource.Sampled);
        _tagWidth = new[] { TagText(ReadoutSource.Exact), TagText(ReadoutSource.Sampled) }.Max(t => context.Measurer.Width(t, TagFont)) + 2 * TagPadX;
        _tagX = Padding + _labels.Max(l => l.Width) + TagGap;
        var valueWidths = _values.Select((_, i) => context.Measurer.Width(WidestText(i), ValueFont)).ToArray();
        var widest = valueWidths.DefaultIfEmpty(0).Max();
        // Side by side, each cell gets a share of the panel in proportion to what it holds, so a long label
        // ("D_KL(P‖Q)") gets the room a short one ("step") does not need.
        var natural = _labels.Select((l, i) => Math.Max(l.Width, valueWidths[i]) + 2 * CellPadding).ToArray();
        _cellShares = natural.Select(n => n / natural.Sum()).ToArray();
        if (spec.Layout == ReadoutLayout.Row && natural.Sum() > context.Box.Width)
            throw new ElementLayoutException($"the readouts need {natural.Sum():0} units across but the box is {context.Box.Width:0}: give the element a wider box or shorter labels");
        if (_tagged && _tagX + _tagWidth + TagGap + widest + Padding > context.Box.Width)
            throw new ElementLayoutException($"the readouts need {_tagX + _tagWidth + TagGap + widest + Padding:0} units across but the box is {context.Box.Width:0}: give the element a wider box or shorter labels");
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>Readout <paramref name="index"/> at the frame's cursor of its simulation.</summary>
    public double Value(int index, in ElementFrame frame) =>
        _values[index].Expression is { } expression ? expression.At(frame) : _values[index].At(Revealed(index, frame));

    private int Revealed(int index, in ElementFrame frame)
    {
        var value = _values[index];
        return value.Simulation is null ? 0 : frame.Progress(value.Simulation, value.Run!.StepCount).Shown;
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        if (_spec.Layout == ReadoutLayout.Row)
        {
            RenderRow(frame, output);
            return;
        }
        var theme = frame.Theme;
        var height = _spec.Items.Count * RowHeight + Padding * 2;
        var panel = new Box(frame.Box.X, frame.Box.CenterY - height / 2, frame.Box.Width, height);
        output.Rect(panel, theme.Panel, theme.Grid, 2, 18);
        for (var i = 0; i < _spec.Items.Count; i++)
        {
            var item = _spec.Items[i];
            var rowTop = panel.Y + Padding + i * RowHeight;
            var label = _labels[i];
            label.Render(output, panel.X + Padding, rowTop + (RowHeight - label.Height) / 2, label.Width, TextAlign.Left, theme.Muted);
            var baseline = rowTop + RowHeight / 2 + 15;
            if (_tagged && _values[i].Source != ReadoutSource.Other) DrawTag(output, theme, _values[i].Source, panel.X + _tagX, rowTop + (RowHeight - TagHeight) / 2);
            output.Text(Format(i, frame), new Vec2(panel.Right - Padding, baseline), ValueFont, theme.Resolve(item.Color), TextAnchor.Right);
        }
    }

    private static string TagText(ReadoutSource source) => source == ReadoutSource.Exact ? "exact" : "sampled";

    // A small outlined pill: "exact" solid, "sampled" dashed, so the two read apart even at a glance.
    private void DrawTag(DisplayListBuilder output, Theme theme, ReadoutSource source, double left, double top)
    {
        var box = new Box(left, top, _tagWidth, TagHeight);
        output.Rect(box, null, theme.Muted.Fade(source == ReadoutSource.Exact ? 0.8 : 0.5), 2, TagHeight / 2);
        output.Text(TagText(source), new Vec2(box.CenterX, top + TagHeight / 2 + 11), TagFont with { Italic = source == ReadoutSource.Sampled }, theme.Muted, TextAnchor.Center);
    }

    private string Format(int index, in ElementFrame frame)
    {
        var revealed = Revealed(index, frame);
        return Format(index, Value(index, frame), _values[index].ErrorAt(revealed));
    }

    private string Format(int index, double v, double error)
    {
        var item = _spec.Items[index];
        var text = _values[index].IsCount ? NumberFormat.Count(v) : NumberFormat.Fixed(v, item.Digits);
        if (double.IsFinite(v) && double.IsFinite(error)) text += " ± " + NumberFormat.Fixed(error, item.Digits);
        if (item.Unit is not null && double.IsFinite(v)) text += " " + item.Unit;
        return text;
    }

    // The value at the end of its run, with its ± part if it has one (tabular figures: every value of that length is as wide).
    private string WidestText(int index)
    {
        var value = _values[index];
        // An expression of parameters has no last step: room for two digits before the point and a sign.
        if (value.Expression is not null) return Format(index, -88, double.NaN);
        var last = value.Run is null ? 0 : value.Run.StepCount;
        return Format(index, value.At(last), value.ErrorAt(last));
    }

    // Side by side: each cell shows its label above its number, centred; the panel hugs the content.
    private void RenderRow(in ElementFrame frame, DisplayListBuilder output)
    {
        const double pad = 18, gap = 12;
        var theme = frame.Theme;
        var labelHeight = _labels.Max(l => l.Height);
        var height = pad + labelHeight + gap + ValueFont.Size + pad;
        var panel = new Box(frame.Box.X, frame.Box.CenterY - height / 2, frame.Box.Width, height);
        output.Rect(panel, theme.Panel, theme.Grid, 2, 18);
        var left = panel.X;
        for (var i = 0; i < _spec.Items.Count; i++)
        {
            var item = _spec.Items[i];
            var cell = panel.Width * _cellShares[i];
            if (i > 0) left += panel.Width * _cellShares[i - 1];
            if (i > 0) output.Line(new Vec2(left, panel.Y + pad), new Vec2(left, panel.Bottom - pad), theme.Grid, 2);
            var label = _labels[i];
            label.Render(output, left, panel.Y + pad + (labelHeight - label.Height) / 2, cell, TextAlign.Center, theme.Muted);
            output.Text(Format(i, frame), new Vec2(left + cell / 2, panel.Bottom - pad - 6), ValueFont, theme.Resolve(item.Color), TextAnchor.Center);
        }
    }
}
