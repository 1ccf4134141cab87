using Renderer.Language;
using SkiaSharp;

namespace Renderer.Tests.Kinds;

/// <summary>The stills the reference and README show exist, are small PNGs, name registered kinds, and come from a valid scene.</summary>
public sealed class ReferenceStillsTests
{
    private static readonly string Docs = Path.Combine(RepositoryPaths.Root, "docs");

    [Fact]
    public void Every_still_is_a_960_px_png_of_a_registered_kind()
    {
        foreach (var (kind, still) in ReferenceStills.ByKind)
        {
            Assert.NotNull(BuiltInKinds.All.Element(kind));
            var path = Path.Combine(Docs, still);
            Assert.True(File.Exists(path), $"{still} is missing: run tools/stills.sh");
            using var codec = SKCodec.Create(path);
            Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
            Assert.Equal(960, codec.Info.Width);
        }
    }

    [Fact]
    public void The_kinds_of_the_general_vocabulary_all_have_a_still()
    {
        string[] vocabulary = ["axes", "circle", "rect", "line", "polyline", "polygon", "arrow", "brace", "dot", "label", "image", "list", "table", "code", "math"];
        foreach (var kind in vocabulary) Assert.True(ReferenceStills.ByKind.ContainsKey(kind), $"{kind} has no still");
    }

    [Fact]
    public void The_stills_scene_is_valid_and_draws_each_still_s_slide()
    {
        var spec = SceneLoader.LoadFile(Path.Combine(Docs, "stills", "stills.yaml"));
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tools", "stills.sh"));
        var names = System.Text.RegularExpressions.Regex.Match(script, @"names=\(([^)]*)\)").Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(spec.Slides.Count, names.Length);
        Assert.Equal(ReferenceStills.ByKind.Values.Distinct().Order(), names.Select(n => $"stills/{n}.png").Order());
    }
}
