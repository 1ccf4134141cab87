using System.Globalization;
using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;
using Renderer.Themes;
using Renderer.Timeline;

namespace Renderer.Elements.Code;

/// <summary>
/// Code on a panel, tokenized once when the scene compiles and laid out on a grid of monospaced columns: the panel is as
/// wide as the longest line, centred in the box, and the size shrinks in steps of 2 units (down to the smallest readable
/// size) until it fits. Highlights are tinted bands behind lines that ease in and out; revealed lines fade and slide in.
/// </summary>
public sealed class CodeElement : ISlideElement
{
    /// <summary>The size code starts at: a little below body text, as code has more characters per line.</summary>
    public const double StartSize = 36;

    private const double Fade = 0.3;

    private readonly CodeElementSpec _spec;
    private readonly IReadOnlyList<IReadOnlyList<CodeToken>> _tokens;
    private readonly FontSpec _font;
    private readonly double _advance, _lineHeight, _pad, _gutter, _width, _height, _baseline;
    private readonly int[] _revealOrder;
    private readonly StepReveal? _reveal;
    private readonly (CodeHighlight Spec, double From, double To)[] _highlights;

    public CodeElement(CodeElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _tokens = CodeHighlighter.Tokenize(spec.Lines, spec.Language);
        var box = context.Box;
        var columns = spec.Lines.Max(l => l.TrimEnd().Length);
        var digits = spec.Lines.Count.ToString(CultureInfo.InvariantCulture).Length;
        for (var size = StartSize; ; size -= 2)
        {
            _font = new FontSpec(FontWeight.Regular, size, Mono: true);
            _advance = context.Measurer.Width("M", _font);
            _lineHeight = size * 1.5;
            _pad = size * 0.8;
            _gutter = spec.Numbers ? (digits + 2) * _advance : 0;
            _width = 2 * _pad + _gutter + columns * _advance;
            _height = 2 * _pad + spec.Lines.Count * _lineHeight;
            if (_width <= box.Width + 0.5 && _height <= box.Height + 0.5) break;
            if (size - 2 >= Typography.MinimumSize) continue;
            throw new ElementLayoutException(_width > box.Width
                ? $"the code is {Units(_width)} units wide even at the smallest size ({Units(size)}), but its box is {Units(box.Width)} units wide (the longest line has {columns} characters)"
                : $"the code is {Units(_height)} units tall even at the smallest size ({Units(size)}), but its box is {Units(box.Height)} units tall ({spec.Lines.Count} lines)",
                "shorten the lines, show fewer of them, or give the code a bigger box");
        }
        var (ascent, descent) = context.Measurer.VerticalMetrics(_font);
        _baseline = (_lineHeight - ascent - descent) / 2 + ascent;
        _revealOrder = new int[spec.Lines.Count];
        for (int i = 0, step = 0; i < spec.Lines.Count; i++) _revealOrder[i] = spec.Lines[i].Trim().Length == 0 ? -1 : step++;
        _reveal = spec.Reveal == CodeReveal.LineByLine ? spec.Timing.At(context.Fps) : null;
        var slide = context.SlideFrames / (double)context.Fps;
        _highlights = [.. spec.Highlights.Select(h => (h, h.From.ToSeconds(context.Fps), h.To?.ToSeconds(context.Fps) ?? slide + Fade))];
    }

    private static string Units(double v) => Math.Ceiling(v).ToString(CultureInfo.InvariantCulture);

    public ElementCommon Common => _spec.Common;

    /// <summary>The panel's box at this frame's box: centred in it.</summary>
    public Box Panel(Box box) => new(box.CenterX - _width / 2, box.CenterY - _height / 2, _width, _height);

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var panel = Panel(frame.Box);
        output.Rect(panel, theme.Panel, theme.Grid, 2, 14);
        var top = panel.Y + _pad;
        foreach (var (h, from, to) in _highlights)
        {
            var shown = Math.Min(Easing.Smooth.Apply((frame.Seconds - from) / Fade), 1 - Easing.Smooth.Apply((frame.Seconds - to) / Fade));
            if (shown <= 0) continue;
            var band = new Box(panel.X + _pad * 0.4, top + (h.First - 1) * _lineHeight, panel.Width - _pad * 0.8, (h.Last - h.First + 1) * _lineHeight);
            output.Rect(band, theme.Resolve(h.Color).Fade(0.22 * shown), null, 0, 6);
        }
        var textLeft = panel.X + _pad + _gutter;
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (_revealOrder[i] < 0) continue;
            var progress = _reveal?.Progress(_revealOrder[i], frame.Seconds) ?? 1;
            if (progress <= 0) continue;
            output.Push(progress, new Vec2(-(1 - progress) * StepReveal.SlideDistance, 0));
            var baseline = top + i * _lineHeight + _baseline;
            if (_spec.Numbers)
                output.Text((i + 1).ToString(CultureInfo.InvariantCulture), new Vec2(textLeft - 2 * _advance, baseline), _font, theme.Muted, TextAnchor.Right);
            foreach (var token in _tokens[i])
                output.Text(token.Text, new Vec2(textLeft + token.Column * _advance, baseline), _font, theme.Resolve(token.Role));
            output.Pop();
        }
    }
}
