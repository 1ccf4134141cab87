using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>The file being read and the bag its problems go into.</summary>
public sealed class YamlContext(string file, DiagnosticBag diagnostics)
{
    public string File { get; } = file;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Cancels the work a load starts (espeak-ng speaking a slide's <c>voice: { speak }</c>).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Files the scene names (<see cref="SceneFiles.Resolve"/>) with the SHA-256 of their bytes when resolved:
    /// inputs of the frames besides the scene file, so a stored segment plan knows to go stale when one changes.</summary>
    public List<SceneInputFile> Files { get; } = [];

    public SourcePosition At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string message, string? hint = null) => Diagnostics.Error(At(node), message, hint);
}
