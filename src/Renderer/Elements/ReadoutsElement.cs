using Renderer.Compilation.Simulations;
using Renderer.Elements.Plotting;
using Renderer.Elements.Text;
using Renderer.Frames;
using Renderer.Scenes.Model;
using Renderer.Scenes.Model.Elements;
using Renderer.Themes;

namespace Renderer.Elements;

/// <summary>Labelled numbers in a panel, one per row; values read the simulations at the slide's cursors.</summary>
public sealed class ReadoutsElement : ISlideElement
{
    private const double RowHeight = 78, Padding = 28;

    private readonly ReadoutsElementSpec _spec;
    private readonly IReadOnlyList<RichText> _labels;
    private readonly IReadOnlyDictionary<string, SimulationRun> _runs;

    public ReadoutsElement(ReadoutsElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _runs = context.Runs;
        _labels = spec.Items.Select(i => RichText.Layout(i.Label, Typography.Body, context.Box.Width * 0.62, context.Measurer, context.Typesetter)).ToList();
    }

    public ElementCommon Common => _spec.Common;

    public double Value(ValueRef value, in ElementFrame frame)
    {
        if (value.Literal is { } literal) return literal;
        var run = _runs[value.Simulation!];
        return run.Value(value.Property!, (int)Math.Floor(frame.Cursor(run.Name) + 1e-9));
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
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
            var v = Value(item.Value, frame);
            var text = item.Value.Property is "count" or "samples" or "steps" ? NumberFormat.Count(v) : NumberFormat.Fixed(v, item.Digits);
            if (item.Unit is not null && double.IsFinite(v)) text += " " + item.Unit;
            output.Text(text, new Vec2(panel.Right - Padding, rowTop + RowHeight / 2 + 15), Typography.Readout with { Size = 42 }, theme.Resolve(item.Color), TextAnchor.Right);
        }
    }
}
