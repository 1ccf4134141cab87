using Renderer.Compilation;
using Renderer.Language;
using Renderer.Linting;
using Renderer.Scenes.Model;
using Renderer.Tests.TestSupport;

namespace Renderer.Tests.Linting;

/// <summary>
/// Every shipped scene compiles and passes the layout lint at its own 16:9 shape and re-laid out as a portrait (9:16,
/// 1080x1920) and a square (1:1, 1080x1080) frame: what validate and render check before drawing, with no second YAML
/// file per shape. No pixels (the lint evaluates display lists and measures text).
/// </summary>
public sealed class ShippedScenesLintTests
{
    public static TheoryData<string> Aspects() => new() { "16:9", "9:16", "1:1" };

    /// <summary>
    /// The scenes not yet clean in a shape (issue 17 is open for them). Both are clean at 16:9 and 9:16 but not at 1:1,
    /// where a square frame's two-line titles and four-line captions leave the content too little height:
    /// huffman-depth-sampling's running mean beside a tree (slides 5-6) is left a sliver of a plot under its legend and
    /// its current value, and slide 9's readouts are taller than their box; forward-vs-reverse-kl's side column on
    /// slide 6 cannot hold its two notes, and slide 4's readouts stand taller than their band.
    /// </summary>
    private static readonly Dictionary<string, string[]> NotYetClean = new()
    {
        ["huffman-depth-sampling.yaml"] = ["1:1"],
        ["forward-vs-reverse-kl.yaml"] = ["1:1"],
    };

    [Theory]
    [MemberData(nameof(Aspects))]
    public void Every_shipped_scene_is_clean_at(string aspect)
    {
        var shape = FrameShape.ParseAspect(aspect, out var error) ?? throw new InvalidOperationException(error);
        var findings = new List<string>();
        var scenes = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "scenes"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        foreach (var path in scenes)
        {
            if (NotYetClean.TryGetValue(Path.GetFileName(path), out var shapes) && shapes.Contains(aspect)) continue;
            var spec = SceneLoader.LoadFile(path);
            var size = shape.For(spec.Video);
            spec = spec with { Video = spec.Video with { Width = size.Width, Height = size.Height } };
            try
            {
                var compiled = SceneCompiler.Compile(spec, BuiltInKinds.All, RealText.Measurer, RealText.Typesetter);
                findings.AddRange(LayoutLint.Check(compiled, RealText.Measurer).Select(d => $"{Path.GetFileName(path)} at {aspect}: {d}"));
            }
            catch (Renderer.Scenes.Diagnostics.SceneValidationException e)
            {
                findings.AddRange(e.Diagnostics.Select(d => $"{Path.GetFileName(path)} at {aspect}: {d}"));
            }
        }
        Assert.True(scenes.Count >= 4, $"found {scenes.Count} scenes");
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }
}
