namespace Renderer.Scenes.Diagnostics;

/// <summary>One problem in a scene file: what is wrong and, where we can tell, what to do about it.</summary>
/// <remarks>
/// Message and hint quote the scene, which may come from anyone: they are cut to
/// <see cref="MaxLength"/> characters and hold no control characters (an ESC in a scene must
/// not drive the terminal that shows its errors), so every error line is short and inert.
/// </remarks>
public sealed record Diagnostic(SourcePosition Position, string Message, string? Hint = null)
{
    public string Message { get; init; } = TerminalText.Safe(Message, MaxLength);

    public string? Hint { get; init; } = Hint is null ? null : TerminalText.Safe(Hint, MaxLength);

    /// <summary>Characters of one diagnostic's message or hint (a long value in it is cut).</summary>
    public const int MaxLength = 400;

    /// <summary>Where on the frame the problem is, in design units (a layout check's boxes), for a preview to outline.</summary>
    public IReadOnlyList<DiagnosticArea> Areas { get; init; } = [];

    public override string ToString() =>
        Hint is null ? $"{Position}: error: {Message}" : $"{Position}: error: {Message} ({Hint})";
}
