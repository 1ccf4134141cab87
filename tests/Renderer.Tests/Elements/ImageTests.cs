using Renderer.Drawing;
using Renderer.Elements.Image;
using Renderer.Frames;
using Renderer.Language;
using Renderer.Rendering;
using Renderer.Scenes.Diagnostics;
using SkiaSharp;

namespace Renderer.Tests.Elements;

/// <summary>Images: only files inside the scene's folder, only real images, self-contained SVGs; fit modes.</summary>
public sealed class ImageTests
{
    internal const string Svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
          <rect x="0" y="0" width="200" height="100" rx="12" fill="#0072b2"/>
          <circle cx="150" cy="50" r="30" fill="#e69f00"/>
        </svg>
        """;

    /// <summary>A small PNG or JPEG: a horizontal gradient with a dark band, so fits and crops can be seen.</summary>
    internal static byte[] Bitmap(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                bitmap.SetPixel(x, y, y > height * 0.4 && y < height * 0.6 ? new SKColor(30, 30, 30) : new SKColor((byte)(255 * x / width), 120, (byte)(255 - 255 * x / width)));
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    private static string Scene(string elements) => $"""
        title: t
        slides:
          - duration: 2s
            elements:
        {elements}
        """;

    [Fact]
    public void Paths_outside_the_folder_missing_files_non_images_and_unsafe_svgs_are_errors_at_the_path()
    {
        using var folder = new TemporaryDirectory();
        using var outside = new TemporaryDirectory();
        File.WriteAllBytes(outside.File("real.png"), Bitmap(4, 4, SKEncodedImageFormat.Png));
        File.CreateSymbolicLink(folder.File("link.png"), outside.File("real.png"));
        Directory.CreateSymbolicLink(folder.File("sub"), outside.Path);
        File.WriteAllText(folder.File("notes.png"), "not an image");
        File.WriteAllText(folder.File("remote.svg"), Svg.Replace("<circle", "<image href=\"file:///etc/passwd\"/><circle"));
        File.WriteAllText(folder.File("entity.svg"), "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + Svg);
        var yaml = Scene("""
                  - { image: ../real.png }
                  - { image: /etc/passwd }
                  - { image: missing.png }
                  - { image: notes.png }
                  - { image: link.png }
                  - { image: sub/real.png }
                  - { image: remote.svg }
                  - { image: entity.svg }
            """);
        File.WriteAllText(folder.File("s.yaml"), yaml);
        var errors = Assert.Throws<SceneValidationException>(() => SceneLoader.LoadFile(folder.File("s.yaml"))).Diagnostics;
        var lines = yaml.Split('\n');
        // Each error is at the path itself: its line, and the column where the path starts.
        string At(int line) => string.Join(" | ", errors.Where(d => d.Position.Line == line && d.Position.Column == lines[line - 1].IndexOf("image: ", StringComparison.Ordinal) + 8).Select(d => d.Message));
        Assert.Contains("'../real.png' is outside the scene's folder", At(5));
        Assert.Contains("'/etc/passwd' is not a path relative to the scene's folder", At(6));
        Assert.Contains("'missing.png' does not exist", At(7));
        Assert.Contains("'notes.png' is not a PNG, JPEG or SVG image", At(8));
        Assert.Contains("'link.png' is a link to a file outside the scene's folder", At(9));
        Assert.Contains("'sub/real.png' is a link to a file outside the scene's folder", At(10));
        Assert.Contains("'remote.svg' is not self-contained: it refers to 'file:///etc/passwd'", At(11));
        Assert.Contains("'entity.svg' is not self-contained: it declares a DOCTYPE", At(12));
        Assert.Equal(8, errors.Count);
    }

    [Fact]
    public void A_damaged_image_is_an_error_at_its_element_when_the_scene_compiles()
    {
        using var folder = new TemporaryDirectory();
        var png = Bitmap(40, 40, SKEncodedImageFormat.Png);
        File.WriteAllBytes(folder.File("cut.png"), png[..40]);
        File.WriteAllText(folder.File("s.yaml"), Scene("          - { image: cut.png }"));
        var error = Assert.Single(Assert.Throws<SceneValidationException>(() => PreparedScene.Load(folder.File("s.yaml"))).Diagnostics);
        Assert.Equal(5, error.Position.Line);
        Assert.Contains("cannot read the image 'cut.png'", error.Message);
    }

    [Fact]
    public void Contain_keeps_the_whole_image_centred_and_cover_crops_it_to_the_box()
    {
        var image = new DecodedImage(200, 100, new Raster(200, 100, new byte[200 * 100 * 4]));
        var box = new Box(0, 0, 400, 400);
        var (contain, _) = ImageElement.Place(ImageFit.Contain, box, image);
        Assert.Equal(new Box(0, 100, 400, 200), contain);
        var (cover, cropped) = ImageElement.Place(ImageFit.Cover, box, image);
        Assert.Equal(box, cover);
        Assert.Equal((100, 100), (cropped.Width, cropped.Height));
        var (fill, whole) = ImageElement.Place(ImageFit.Fill, box, image);
        Assert.Equal((box, 200), (fill, whole.Width));
    }

    [Fact]
    public void Png_jpeg_and_svg_decode_to_their_natural_sizes()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllBytes(folder.File("a.png"), Bitmap(30, 20, SKEncodedImageFormat.Png));
        File.WriteAllBytes(folder.File("a.jpg"), Bitmap(30, 20, SKEncodedImageFormat.Jpeg));
        File.WriteAllText(folder.File("a.svg"), Svg);
        var decoder = new SkiaImageDecoder();
        Assert.Equal((30.0, 20.0), (decoder.Decode(folder.File("a.png"), 1, 1).Width, decoder.Decode(folder.File("a.png"), 1, 1).Height));
        Assert.Equal(30, decoder.Decode(folder.File("a.jpg"), 1, 1).Raster.Width);
        var svg = decoder.Decode(folder.File("a.svg"), 400, 400);
        Assert.Equal((200.0, 100.0), (svg.Width, svg.Height));
        Assert.Equal((400, 200), (svg.Raster.Width, svg.Raster.Height)); // rasterised at the size asked for, aspect kept
        Assert.Equal(ImageFormat.Jpeg, ImageFiles.Format(folder.File("a.jpg")));
    }
}
