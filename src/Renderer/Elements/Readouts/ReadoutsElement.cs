using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.Readouts;

/// <summary>Labelled numbers in a panel, one per row; values read the simulations at the slide's cursors.</summary>
public sealed class ReadoutsElement : ISlideElement
{
    private const double RowHeight = 78, Padding = 28;

    private readonly ReadoutsElementSpec _spec;
    private readonly IReadOnlyList<RichText> _labels;
    private readonly IReadOnlyList<BoundReadout> _values;

    public ReadoutsElement(ReadoutsElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _values = spec.Items.Select(i => context.Readout(i.Value)).ToList();
        _labels = spec.Layout == ReadoutLayout.Row
            ? spec.Items.Select(i => RichText.Layout(i.Label, Typography.Small, context.Box.Width / spec.Items.Count - 16, context.Measurer, context.Typesetter)).ToList()
            : spec.Items.Select(i => RichText.Layout(i.Label, Typography.Body, context.Box.Width * 0.62, context.Measurer, context.Typesetter)).ToList();
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>Readout <paramref name="index"/> at the frame's cursor of its simulation.</summary>
    public double Value(int index, in ElementFrame frame)
    {
        var value = _values[index];
        return value.Simulation is null ? value.At(0) : value.At((int)Math.Floor(frame.Cursor(value.Simulation) + 1e-9));
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
            var text = Format(i, frame);
            output.Text(text, new Vec2(panel.Right - Padding, rowTop + RowHeight / 2 + 15), Typography.Readout with { Size = 42 }, theme.Resolve(item.Color), TextAnchor.Right);
        }
    }

    private string Format(int index, in ElementFrame frame)
    {
        var item = _spec.Items[index];
        var v = Value(index, frame);
        var text = _values[index].IsCount ? NumberFormat.Count(v) : NumberFormat.Fixed(v, item.Digits);
        if (item.Unit is not null && double.IsFinite(v)) text += " " + item.Unit;
        return text;
    }

    // Side by side: each cell shows its label above its number, centred; the panel hugs the content.
    private void RenderRow(in ElementFrame frame, DisplayListBuilder output)
    {
        const double pad = 18, gap = 12, valueSize = 42;
        var theme = frame.Theme;
        var labelHeight = _labels.Max(l => l.Height);
        var height = pad + labelHeight + gap + valueSize + pad;
        var panel = new Box(frame.Box.X, frame.Box.CenterY - height / 2, frame.Box.Width, height);
        output.Rect(panel, theme.Panel, theme.Grid, 2, 18);
        var cell = panel.Width / _spec.Items.Count;
        for (var i = 0; i < _spec.Items.Count; i++)
        {
            var item = _spec.Items[i];
            var left = panel.X + i * cell;
            if (i > 0) output.Line(new Vec2(left, panel.Y + pad), new Vec2(left, panel.Bottom - pad), theme.Grid, 2);
            var label = _labels[i];
            label.Render(output, left, panel.Y + pad + (labelHeight - label.Height) / 2, cell, TextAlign.Center, theme.Muted);
            output.Text(Format(i, frame), new Vec2(left + cell / 2, panel.Bottom - pad - 6), Typography.Readout with { Size = valueSize }, theme.Resolve(item.Color), TextAnchor.Center);
        }
    }
}
