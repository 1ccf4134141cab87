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

    [Theory]
    [MemberData(nameof(Aspects))]
    public void Every_shipped_scene_is_clean_at(string aspect)
    {
        var shape = FrameShape.ParseAspect(aspect, out var error) ?? throw new InvalidOperationException(error);
        var findings = new List<string>();
        var scenes = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "scenes"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        foreach (var path in scenes)
        {
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
