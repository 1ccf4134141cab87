using Renderer.Compilation;
using Renderer.Language;
using Renderer.Linting;
using Renderer.Tests.TestSupport;

namespace Renderer.Tests.Linting;

/// <summary>
/// Every shipped scene passes the layout lint at its own 16:9 shape: what validate and render check before drawing.
/// One test over all scenes, no pixels (the lint evaluates display lists and measures text).
/// </summary>
public sealed class ShippedScenesLintTests
{
    [Fact]
    public void Every_shipped_scene_is_clean_at_16_9()
    {
        var findings = new List<string>();
        var scenes = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "scenes"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        foreach (var path in scenes)
        {
            var spec = SceneLoader.LoadFile(path);
            var compiled = SceneCompiler.Compile(spec, BuiltInKinds.All, RealText.Measurer, RealText.Typesetter);
            findings.AddRange(LayoutLint.Check(compiled, RealText.Measurer).Select(d => d.ToString()));
        }
        Assert.True(scenes.Count >= 3, $"found {scenes.Count} scenes");
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }
}
