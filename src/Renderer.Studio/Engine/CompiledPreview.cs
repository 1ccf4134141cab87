using Renderer.Compilation;
using Renderer.Drawing;
using Renderer.Evaluation;
using SkiaSharp;

namespace Renderer.Studio.Engine;

/// <summary>
/// One compiled version of a scene, kept warm: draws any frame at preview size, exactly as the video draws it
/// (same evaluator, same renderer), encoded as JPEG or PNG. Thread-safe: drawing is serialised (Skia objects are
/// not thread-safe, and two cores are better spent on one frame at a time than on two half-speed ones).
/// </summary>
public sealed class CompiledPreview : IDisposable
{
    private static readonly SKJpegEncoderOptions Jpeg = new(85, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore);
    private static readonly SKPngEncoderOptions Png = new(SKPngEncoderFilterFlags.Up, 4);

    private readonly CompiledScene _compiled;
    private readonly FontLibrary _fonts;
    private readonly IFormulaPainter _formulas;
    private readonly Lock _gate = new();
    private SkiaFrameRenderer? _renderer;
    private SKBitmap? _bitmap;
    private bool _disposed;

    internal CompiledPreview(CompiledScene compiled, SceneOutline outline, FontLibrary fonts, IFormulaPainter formulas)
    {
        _compiled = compiled;
        _fonts = fonts;
        _formulas = formulas;
        Outline = outline;
    }

    public SceneOutline Outline { get; }

    /// <summary>The simulation traces this version draws from (tests check when a recompile reused them).</summary>
    internal object Simulations => _compiled.Simulations;

    /// <summary>The compiled scene, for the adapter's layout lint.</summary>
    internal CompiledScene Compiled => _compiled;

    /// <summary>Frame <paramref name="frame"/> drawn <paramref name="width"/> pixels wide (height from the aspect ratio).</summary>
    /// <exception cref="ObjectDisposedException">This version was replaced and released; draw from the current one.</exception>
    public byte[] Draw(int frame, int width, PreviewFormat format)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frame);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(frame, Outline.FrameCount);
        var height = Math.Max(1, (int)Math.Round((double)width * Outline.Height / Outline.Width));
        var state = FrameEvaluator.Evaluate(_compiled, frame);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_renderer is null || _renderer.Width != width || _renderer.Height != height)
            {
                // One size at a time: the page asks for one preview width, and a renderer keeps sprites per size.
                _renderer?.Dispose();
                _bitmap?.Dispose();
                _renderer = new SkiaFrameRenderer(_fonts, _formulas, width, height);
                _bitmap = new SKBitmap(SkiaFrameRenderer.PixelFormat(width, height));
            }
            _renderer.Prepare(state);
            using (var canvas = new SKCanvas(_bitmap)) _renderer.Draw(state, canvas);
            using var pixels = _bitmap!.PeekPixels() ?? throw new InvalidOperationException("the preview bitmap has no pixels");
            using var data = format == PreviewFormat.Png ? pixels.Encode(Png) : pixels.Encode(Jpeg);
            return data?.ToArray() ?? throw new InvalidOperationException($"{format} encoding failed");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _renderer?.Dispose();
            _bitmap?.Dispose();
        }
    }
}
