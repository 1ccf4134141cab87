using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Image;

/// <summary>
/// An image decoded once at compile time and placed by its fit mode: the drawn box is computed then (and exposed for
/// layout checks); a frame blits it. Cover crops by drawing the part of the image that fills the box.
/// </summary>
public sealed class ImageElement : ISlideElement, IAnchorTarget
{
    private readonly ImageElementSpec _spec;
    private readonly Raster _raster;
    private readonly BoundExpression _opacity;

    public ImageElement(ImageElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        var box = context.Box;
        DecodedImage image;
        try
        {
            // SVGs are rasterised at twice the design size of their box: sharp at 4K, where a design unit is two pixels.
            image = context.Images.Decode(spec.Path, (int)Math.Ceiling(box.Width * 2), (int)Math.Ceiling(box.Height * 2));
        }
        catch (ImageDecodeException e)
        {
            throw new ElementValueException(spec.Common.At, $"cannot read the image '{spec.Name}': {e.Message}", "check that the file is a valid PNG, JPEG or SVG");
        }
        _opacity = new BoundExpression(spec.Opacity, context.Parameters);
        _opacity.RequireFinite(context, 0, 1);
        (Bounds, _raster) = Place(spec.Fit, box, image);
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>Where the image is drawn, in design units (inside the element's box).</summary>
    public Box Bounds { get; }

    public IReadOnlyList<string> AnchorNames => ["image"];

    public AnchorPlace? Anchor(AnchorSpec anchor, ElementCompileContext context)
    {
        var bounds = Bounds;
        return anchor.Names is ["image"] && anchor.Arguments is null ? (in ElementFrame _) => bounds : null;
    }

    /// <summary>The drawn box and raster for a fit mode: cover keeps the box and crops the raster to its aspect.</summary>
    public static (Box, Raster) Place(ImageFit fit, Box box, DecodedImage image)
    {
        var aspect = image.Width / image.Height;
        switch (fit)
        {
            case ImageFit.Fill:
                return (box, image.Raster);
            case ImageFit.Cover:
                var raster = image.Raster;
                var (w, h) = (raster.Width, raster.Height);
                var boxAspect = box.Width / box.Height;
                int cw = w, ch = h;
                if ((double)w / h > boxAspect) cw = Math.Max(1, (int)Math.Round(h * boxAspect));
                else ch = Math.Max(1, (int)Math.Round(w / boxAspect));
                var (x0, y0) = ((w - cw) / 2, (h - ch) / 2);
                var source = raster.Rgba.ToArray();
                var cropped = new byte[cw * ch * 4];
                for (var y = 0; y < ch; y++) Array.Copy(source, ((y0 + y) * w + x0) * 4, cropped, y * cw * 4, cw * 4);
                return (box, new Raster(cw, ch, cropped));
            default:
                var width = Math.Min(box.Width, box.Height * aspect);
                var height = width / aspect;
                return (new Box(box.CenterX - width / 2, box.CenterY - height / 2, width, height), image.Raster);
        }
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var opacity = _opacity.At(frame);
        if (opacity <= 0) return;
        output.Push(opacity, default);
        output.Image(_raster, Bounds);
        output.Pop();
    }
}
