using Renderer.Scenes.Model;

namespace Renderer.Scenes.Diagnostics;

/// <summary>One problem in a scene file: what is wrong and, where we can tell, what to do about it.</summary>
/// <remarks>
/// Message and hint quote the scene, which may come from anyone: they are cut to
/// <see cref="SceneLimits.MaxDiagnosticLength"/> characters and hold no control characters (an ESC in a scene must
/// not drive the terminal that shows its errors), so every error line is short and inert.
/// </remarks>
public sealed record Diagnostic(SourcePosition Position, string Message, string? Hint = null)
{
    public string Message { get; init; } = TerminalText.Safe(Message, SceneLimits.MaxDiagnosticLength);

    public string? Hint { get; init; } = Hint is null ? null : TerminalText.Safe(Hint, SceneLimits.MaxDiagnosticLength);

    /// <summary>Where on the frame the problem is, in design units (a layout check's boxes), for a preview to outline.</summary>
    public IReadOnlyList<DiagnosticArea> Areas { get; init; } = [];

    public override string ToString() =>
        Hint is null ? $"{Position}: error: {Message}" : $"{Position}: error: {Message} ({Hint})";
}
