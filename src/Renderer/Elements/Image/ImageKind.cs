using Renderer.Elements.Shared.Shapes;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;

namespace Renderer.Elements.Image;

/// <summary><c>image</c>: a PNG, JPEG or SVG file from the scene's folder, fitted to its box.</summary>
public sealed class ImageKind : ElementKind<ImageElementSpec>
{
    private static readonly EnumKey<ImageFit> Fit = new("fit", "contain: whole, centred; cover: fills the box, cropped; fill: stretched to the box.",
        new Dictionary<string, ImageFit> { ["contain"] = ImageFit.Contain, ["cover"] = ImageFit.Cover, ["fill"] = ImageFit.Fill }, ImageFit.Contain);

    public override string Name => "image";

    public override string Summary =>
        "A PNG, JPEG or SVG image from a file in the scene's folder (or below it), fitted to its box (`fit`). Scene files are untrusted: a path " +
        "that leaves the folder (`..`, absolute, or a link out), a missing file, a file that is not one of these images, or an SVG that refers to " +
        "anything outside itself (external images, stylesheets, entities, scripts) is an error at the path.";

    public override Key Main { get; } = new TextKey("image", "The file, relative to the scene's folder, e.g. figures/setup.png.", "file");

    public override IReadOnlyList<Key> Keys => [Fit, ShapeKeys.Opacity];

    public override string Example => "{ image: example.svg, fit: contain, at: right }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var (map, main) = (reading.Map, reading.Main);
        if (reading.MainString() is not { } name) return null;
        var path = SceneFiles.Resolve(reading.Context, main, name, "image");
        if (path is null) return null;
        var format = ImageFiles.Format(path);
        if (format is null)
        {
            reading.Context.Error(main, $"'{name}' is not a PNG, JPEG or SVG image", "convert it to one of these formats");
            return null;
        }
        if (format == ImageFormat.Svg && ImageFiles.UnsafeSvg(path) is { } why)
        {
            reading.Context.Error(main, $"the SVG '{name}' is not self-contained: {why}", "embed what it needs, or export it as PNG");
            return null;
        }
        var opacity = ShapeKeys.Opacity.Read(map, reading.References.ParameterNames);
        return opacity is null ? null : new ImageElementSpec(reading.Common, name, path, format.Value, Fit.Get(map), opacity);
    }

    protected override ISlideElement Compile(ImageElementSpec spec, ElementCompileContext context) => new ImageElement(spec, context);
}
