using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Kinds;
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

    private readonly SampleTapeElementSpec _spec;
    private readonly ISampledMeanRun _run;
    private readonly RichText _header;

    public SampleTapeElement(SampleTapeElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _run = context.Run<ISampledMeanRun>(spec.Simulation);
        _header = RichText.Layout(SampledMeanText.TapeHeader(_run), Typography.Small, context.Box.Width, context.Measurer, context.Typesetter);
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>As many of the requested rows as fit in the box: rows never spill into the caption.</summary>
    public int VisibleRows(Box box) => Math.Max(1, Math.Min(_spec.Count, (int)((box.Height - _header.Height - 24) / RowHeight)));

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var box = frame.Box;
        _header.Render(output, box.X, box.Y, box.Width, TextAlign.Left, theme.Muted);
        var cursor = frame.Cursor(_run.Name);
        var k = (int)Math.Floor(cursor + 1e-9);
        var arrive = Timeline.EasingFunctions.Apply(Timeline.Easing.EaseOut, Math.Min(1, (cursor - k) * 3));
        var top = box.Y + _header.Height + 24;
        var rows = VisibleRows(box);
        for (var row = 0; row < rows && k - row >= 1; row++)
        {
            var index = k - row - 1;
            var y = top + (row - 1 + arrive) * RowHeight;
            // The newest row fades in as it arrives; the oldest fades out as it is pushed off the end.
            var opacity = row == 0 ? arrive : row == rows - 1 ? 1 - arrive : 1;
            if (k >= _run.StepCount) { y = top + row * RowHeight; opacity = 1; }
            output.Push(opacity * (row == 0 ? 1 : 0.85), default);
            var outcome = _run.Outcomes[_run.Samples[index]];
            output.Text($"#{index + 1}", new Vec2(box.X, y + 44), Typography.Tick, theme.Muted);
            output.Rect(new Box(box.X + 120, y + 8, 64, 50), theme.P.Fade(0.25), theme.P, 2, 10);
            output.Text(outcome, new Vec2(box.X + 152, y + 45), Typography.Label, theme.Text, TextAnchor.Center);
            output.Text(SampledMeanText.DrawText(_run, index), new Vec2(box.Right, y + 45), Typography.Label, row == 0 ? theme.Q : theme.Text, TextAnchor.Right);
            output.Pop();
        }
    }
}
