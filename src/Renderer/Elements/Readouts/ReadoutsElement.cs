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
    private const double RowPad = 18, RowLabelGap = 12, StackedLabelGap = 0, StackedValueHeight = 48, StackedItemGap = 8;

    /// <summary>The numbers: tabular figures, so a value that changes every frame does not jitter.</summary>
    public static readonly FontSpec ValueFont = Typography.Readout with { Size = 42, Tabular = true };

    private static readonly FontSpec TagFont = Typography.Tick;

    /// <summary>The sizes a row's labels try, largest first, down to the smallest text may shrink to.</summary>
    private static readonly double[] RowScales = [1, 0.9, 0.82];

    /// <summary>The numbers' font: <see cref="ValueFont"/>, or smaller where a row of cells needed it to fit.</summary>
    private readonly FontSpec _valueFont = ValueFont;

    private readonly ReadoutsElementSpec _spec;
    private readonly IReadOnlyList<RichText> _labels = null!;
    private readonly ReadoutArrangement _arrangement;
    private readonly bool[] _inline = [];
    private readonly double[] _valueWidths = [];
    private readonly double _height;
    private readonly IReadOnlyList<BoundReadout> _values;
    private readonly bool _tagged;
    private readonly double[] _cellShares = [];

    /// <summary>The row arrangement's lines of cells (item indices, in order): one line unless it wrapped.</summary>
    private readonly int[][] _lines = [];
    private readonly double _tagX, _tagWidth;

    public ReadoutsElement(ReadoutsElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _values = spec.Items.Select(i => context.Readout(i.Value)).ToList();
        var box = context.Box;
        // Tags only where they tell something apart: a panel with exact and sampled numbers side by side.
        var tagged = _values.Any(v => v.Source == ReadoutSource.Exact) && _values.Any(v => v.Source == ReadoutSource.Sampled);
        _tagWidth = new[] { TagText(ReadoutSource.Exact), TagText(ReadoutSource.Sampled) }.Max(t => context.Measurer.Width(t, TagFont)) + 2 * TagPadX;
        var valueWidths = _values.Select((_, i) => context.Measurer.Width(WidestText(i), ValueFont)).ToArray();
        var widest = valueWidths.DefaultIfEmpty(0).Max();

        // The panel adapts to its box before it gives up, so one scene lays out in a wide and a narrow frame:
        // a row of cells too wide for its box becomes a column; a column whose labels and numbers do not fit
        // side by side puts each label above its number.
        _arrangement = spec.Layout == ReadoutLayout.Row ? ReadoutArrangement.Row : ReadoutArrangement.Column;
        double[] natural = [];
        if (_arrangement == ReadoutArrangement.Row)
        {
            // Labels and numbers may shrink together (labels no further than the legibility floor) before the row
            // gives up: a row a little too wide for a square frame's column reads better than the same numbers in a
            // column twice as tall as its band.
            foreach (var scale in RowScales)
            {
                var labelFont = Typography.Small with { Size = Math.Max(Typography.MinimumSize, Typography.Small.Size * scale) };
                var valueFont = ValueFont with { Size = ValueFont.Size * scale };
                _labels = spec.Items.Select(i => RichText.Layout(i.Label, labelFont, box.Width, context.Measurer, context.Typesetter)).ToList();
                var widths = _values.Select((_, i) => context.Measurer.Width(WidestText(i), valueFont)).ToArray();
                natural = _labels.Select((l, i) => Math.Max(l.Width, widths[i]) + 2 * CellPadding).ToArray();
                if (natural.Sum() > box.Width) continue;
                _valueFont = valueFont;
                break;
            }
            if (natural.Sum() > box.Width) _arrangement = ReadoutArrangement.Column;
        }
        if (_arrangement == ReadoutArrangement.Column)
        {
            _labels = spec.Items.Select(i => RichText.Layout(i.Label, Typography.Body, box.Width * 0.62, context.Measurer, context.Typesetter)).ToList();
            var across = tagged
                ? Padding + _labels.Max(l => l.Width) + TagGap + _tagWidth + TagGap + widest + Padding
                : Padding + _labels.Max(l => l.Width) + CellPadding + widest + Padding;
            if (across > box.Width) _arrangement = ReadoutArrangement.Stacked;
        }
        if (_arrangement == ReadoutArrangement.Stacked)
        {
            _labels = spec.Items.Select(i => RichText.Layout(i.Label, Typography.Body, box.Width - 2 * Padding, context.Measurer, context.Typesetter)).ToList();
            var across = Padding + (tagged ? _tagWidth + TagGap : 0) + widest + Padding;
            if (across > box.Width)
                throw new ElementLayoutException($"the readouts need {across:0} units across even with each label above its number, but the box is {box.Width:0}: give the element a wider box or fewer digits");
            // A row whose own label, tag and number fit on one line stays on one line: the panel stays short.
            _valueWidths = valueWidths;
            _inline = _labels.Select((l, i) => l.Lines.Count <= 1
                && Padding + l.Width + TagGap + (tagged ? _tagWidth + TagGap : 0) + valueWidths[i] + Padding <= box.Width).ToArray();
        }
        _labels ??= [];
        _tagX = Padding + _labels.Max(l => l.Width) + TagGap;
        if (_arrangement == ReadoutArrangement.Row) _lines = [Enumerable.Range(0, _labels.Count).ToArray()];
        _height = PanelHeight();
        // A column taller than its box (a band of a portrait frame: wide, but short) lays its cells side by side
        // instead, on as few lines as fit the width, when that is short enough for the box.
        if (_arrangement != ReadoutArrangement.Row && _height > box.Height && !tagged)
        {
            var labels = spec.Items.Select(i => RichText.Layout(i.Label, Typography.Small, box.Width, context.Measurer, context.Typesetter)).ToList();
            var widths = labels.Select((l, i) => Math.Max(l.Width, valueWidths[i]) + 2 * CellPadding).ToArray();
            if (WrappedLines(widths, box.Width) is { } lines && lines.Length * LineHeight(labels) <= box.Height)
            {
                (_arrangement, _labels, _lines, natural) = (ReadoutArrangement.Row, labels, lines, widths);
                _height = PanelHeight();
            }
        }
        _tagged = tagged && _arrangement != ReadoutArrangement.Row;
        // Side by side, each cell gets a share of its line in proportion to what it holds, so a long label
        // ("D_KL(P‖Q)") gets the room a short one ("step") does not need.
        _cellShares = new double[natural.Length];
        foreach (var line in _lines)
            foreach (var i in line) _cellShares[i] = natural[i] / line.Sum(j => natural[j]);
        // Taller than its box is left to the layout lint: it matters only where it meets something.
    }

    /// <summary>The fewest lines (each of ⌈n/lines⌉ cells, in order) whose cells fit the width side by side; null if
    /// even two to a line do not.</summary>
    private static int[][]? WrappedLines(double[] widths, double width)
    {
        for (var count = 1; count < widths.Length; count++)
        {
            var per = (widths.Length + count - 1) / count;
            var lines = Enumerable.Range(0, count).Select(l => Enumerable.Range(l * per, Math.Max(0, Math.Min(per, widths.Length - l * per))).ToArray())
                .Where(l => l.Length > 0).ToArray();
            if (per >= 2 && lines.All(l => l.Sum(i => widths[i]) <= width)) return lines;
        }
        return null;
    }

    /// <summary>One line of side-by-side cells: labels above numbers, padded.</summary>
    private double LineHeight(IReadOnlyList<RichText> labels) => RowPad + labels.Max(l => l.Height) + RowLabelGap + _valueFont.Size + RowPad;

    /// <summary>The size the numbers are set at: <see cref="ValueFont"/>'s, or less where a row needed it.</summary>
    public double ValueSize => _valueFont.Size;

    /// <summary>How the panel is laid out in its box (chosen at compile time from what fits).</summary>
    public ReadoutArrangement Arrangement => _arrangement;

    private double PanelHeight() => _arrangement switch
    {
        ReadoutArrangement.Row => _lines.Length * LineHeight(_labels),
        ReadoutArrangement.Stacked => 2 * Padding + _labels.Select(ItemHeight).Sum() + StackedItemGap * (_labels.Count - 1),
        _ => _spec.Items.Count * RowHeight + Padding * 2,
    };

    private double ItemHeight(RichText label, int index) => _inline[index] ? StackedValueHeight : label.Height + StackedLabelGap + StackedValueHeight;

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
        if (_arrangement == ReadoutArrangement.Row)
        {
            RenderRow(frame, output);
            return;
        }
        if (_arrangement == ReadoutArrangement.Stacked)
        {
            RenderStacked(frame, output);
            return;
        }
        var theme = frame.Theme;
        var panel = new Box(frame.Box.X, frame.Box.CenterY - _height / 2, frame.Box.Width, _height);
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

    // Side by side: each cell shows its label above its number, centred; the panel hugs the content. Wrapped lines
    // are divided by a rule.
    private void RenderRow(in ElementFrame frame, DisplayListBuilder output)
    {
        const double pad = RowPad;
        var theme = frame.Theme;
        var labelHeight = _labels.Max(l => l.Height);
        var lineHeight = LineHeight(_labels);
        var panel = new Box(frame.Box.X, frame.Box.CenterY - _height / 2, frame.Box.Width, _height);
        output.Rect(panel, theme.Panel, theme.Grid, 2, 18);
        for (var l = 0; l < _lines.Length; l++)
        {
            var top = panel.Y + l * lineHeight;
            if (l > 0) output.Line(new Vec2(panel.X + pad, top), new Vec2(panel.Right - pad, top), theme.Grid, 2);
            var left = panel.X;
            for (var k = 0; k < _lines[l].Length; k++)
            {
                var i = _lines[l][k];
                var item = _spec.Items[i];
                var cell = panel.Width * _cellShares[i];
                if (k > 0) output.Line(new Vec2(left, top + pad), new Vec2(left, top + lineHeight - pad), theme.Grid, 2);
                var label = _labels[i];
                label.Render(output, left, top + pad + (labelHeight - label.Height) / 2, cell, TextAlign.Center, theme.Muted);
                output.Text(Format(i, frame), new Vec2(left + cell / 2, top + lineHeight - pad - 6), _valueFont, theme.Resolve(item.Color), TextAnchor.Center);
                left += cell;
            }
        }
    }

    // Narrow: each label on its own line, its number (and tag) right-aligned on the line below.
    private void RenderStacked(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var panel = new Box(frame.Box.X, frame.Box.CenterY - _height / 2, frame.Box.Width, _height);
        output.Rect(panel, theme.Panel, theme.Grid, 2, 18);
        var top = panel.Y + Padding;
        for (var i = 0; i < _spec.Items.Count; i++)
        {
            var item = _spec.Items[i];
            var label = _labels[i];
            if (i > 0) output.Line(new Vec2(panel.X + Padding, top - StackedItemGap / 2), new Vec2(panel.Right - Padding, top - StackedItemGap / 2), theme.Grid, 1);
            var valueTop = _inline[i] ? top : top + label.Height + StackedLabelGap;
            label.Render(output, panel.X + Padding, _inline[i] ? top + (StackedValueHeight - label.Height) / 2 : top, label.Width, TextAlign.Left, theme.Muted);
            var tagLeft = _inline[i] ? panel.Right - Padding - _valueWidths[i] - TagGap - _tagWidth : panel.X + Padding;
            if (_tagged && _values[i].Source != ReadoutSource.Other) DrawTag(output, theme, _values[i].Source, tagLeft, valueTop + (StackedValueHeight - TagHeight) / 2);
            output.Text(Format(i, frame), new Vec2(panel.Right - Padding, valueTop + StackedValueHeight / 2 + 15), ValueFont, theme.Resolve(item.Color), TextAnchor.Right);
            top += ItemHeight(label, i) + StackedItemGap;
        }
    }
}
