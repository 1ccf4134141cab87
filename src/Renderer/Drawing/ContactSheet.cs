using Renderer.Frames;
using SkiaSharp;

namespace Renderer.Drawing;

/// <summary>
/// One image of many frames: thumbnails in a grid, each with its label under it (e.g. "3 · Sampling from P"), on the
/// theme's background. For reviewing a whole video at a glance.
/// </summary>
public static class ContactSheet
{
    private const int Gap = 24;
    private const int LabelHeight = 44;
    private const float LabelSize = 22;

    /// <param name="frames">Premultiplied BGRA frames of <paramref name="width"/>×<paramref name="height"/>.</param>
    public static SKBitmap Compose(IReadOnlyList<(byte[] Pixels, string Label)> frames, int width, int height, int columns,
        FontLibrary fonts, Rgba background, Rgba text)
    {
        if (frames.Count == 0) throw new ArgumentException("a contact sheet needs at least one frame", nameof(frames));
        columns = Math.Clamp(columns, 1, frames.Count);
        int rows = (frames.Count + columns - 1) / columns;
        int cellHeight = height + LabelHeight;
        var sheet = new SKBitmap(new SKImageInfo(Gap + columns * (width + Gap), Gap + rows * (cellHeight + Gap), SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(sheet);
        canvas.Clear(new SKColor(background.R, background.G, background.B, background.A));
        using var font = fonts.CreateFont(new FontSpec(FontWeight.Medium, LabelSize));
        using var paint = new SKPaint { Color = new SKColor(text.R, text.G, text.B, text.A), IsAntialias = true };
        var info = new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul);
        for (int i = 0; i < frames.Count; i++)
        {
            int x = Gap + i % columns * (width + Gap), y = Gap + i / columns * (cellHeight + Gap);
            using (var image = SKImage.FromPixelCopy(info, frames[i].Pixels))
                canvas.DrawImage(image, x, y, SKSamplingOptions.Default);
            string label = Fit(frames[i].Label, font, width);
            canvas.DrawText(label, x, y + height + LabelHeight * 0.7f, SKTextAlign.Left, font, paint);
        }
        return sheet;
    }

    /// <summary>The label, cut with an ellipsis if it is wider than the thumbnail.</summary>
    private static string Fit(string label, SKFont font, int width)
    {
        if (font.MeasureText(label) <= width) return label;
        for (int n = label.Length - 1; n > 0; n--)
        {
            string cut = label[..n].TrimEnd() + "…";
            if (font.MeasureText(cut) <= width) return cut;
        }
        return "…";
    }
}
