using System.Text.RegularExpressions;
using Renderer.Studio.Tests.Support;

namespace Renderer.Studio.Tests.Architecture;

/// <summary>
/// The studio reaches the engine through Engine/ only (EngineAdapter, CompiledPreview), so when the engine's APIs
/// move, that folder is all that has to follow. The one engine type used elsewhere is RenderProgress, the render's
/// progress report, which the CLI's progress bar reads as well.
/// </summary>
public sealed partial class EngineBoundaryTests
{
    [GeneratedRegex(@"\bRenderer\.(Compilation|Drawing|Rendering|Scenes|Typesetting|Evaluation|Frames|Elements|Encoding|Themes|Timeline|Output|Simulation|Simulations|Kinds|Language|Linting|Plotting|Runs|Text)\b|SkiaSharp|YamlDotNet")]
    private static partial Regex EngineNamespace();

    [Fact]
    public void Only_the_engine_folder_names_engine_namespaces()
    {
        var studio = Path.Combine(Repository.Root, "src", "Renderer.Studio");
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(studio, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(studio, file);
            if (relative.StartsWith("Engine" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].Split("//")[0];
                if (code.Trim() == "using Renderer.Rendering;") continue; // for RenderProgress; its other types are listed below
                if (EngineNamespace().Match(code) is { Success: true } m) violations.Add($"{relative}:{i + 1}: {m.Value}");
            }
            var text = File.ReadAllText(file);
            foreach (var type in new[] { "PreparedScene", "SceneRenderer", "RenderSettings", "FrameRange", "SceneFrameSource", "FramePipeline" })
                if (Regex.IsMatch(text, $@"\b{type}\b")) violations.Add($"{relative}: {type}");
        }
        Assert.True(violations.Count == 0, "engine types outside src/Renderer.Studio/Engine:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_rule_sees_the_engine_folder_it_exempts()
    {
        var adapter = File.ReadAllText(Path.Combine(Repository.Root, "src", "Renderer.Studio", "Engine", "EngineAdapter.cs"));
        Assert.Matches(EngineNamespace(), adapter);
    }
}
