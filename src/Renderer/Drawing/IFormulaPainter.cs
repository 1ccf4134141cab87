using Renderer.Frames;
using SkiaSharp;

namespace Renderer.Drawing;

/// <summary>Draws typeset formulas (resolved by key) onto a canvas in design units. Thread-safe.</summary>
public interface IFormulaPainter
{
    void Draw(SKCanvas canvas, Formula formula, float x, float baseline, float scale, SKColor color);

    /// <summary>Where <see cref="Draw"/> may put ink, in TeX points relative to the left end of the baseline (y down).</summary>
    SKRect InkBounds(Formula formula);

    /// <summary>Does now the one-time work of drawing <paramref name="formula"/> in <paramref name="color"/> (parsing its picture).</summary>
    void Prepare(Formula formula, SKColor color);
}
