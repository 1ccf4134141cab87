namespace Renderer.Scenes.Diagnostics;

/// <summary>The scene is invalid; every problem found is listed. The CLI prints them and exits with code 2.</summary>
public sealed class SceneValidationException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public static SceneValidationException Single(SourcePosition at, string message, string? hint = null) =>
        new([new Diagnostic(at, message, hint)]);
}
