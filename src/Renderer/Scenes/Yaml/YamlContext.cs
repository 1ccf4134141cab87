using Renderer.Scenes.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>The file being read and the bag its problems go into.</summary>
public sealed class YamlContext(string file, DiagnosticBag diagnostics)
{
    public string File { get; } = file;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Cancels the work a load starts (espeak-ng speaking a slide's <c>voice: { speak }</c>).</summary>
    public CancellationToken Cancellation { get; init; }

    public SourcePosition At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string message, string? hint = null) => Diagnostics.Error(At(node), message, hint);
}
