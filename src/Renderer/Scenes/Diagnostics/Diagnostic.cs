namespace Renderer.Scenes.Diagnostics;

/// <summary>One problem in a scene file: what is wrong and, where we can tell, what to do about it.</summary>
public sealed record Diagnostic(SourcePosition Position, string Message, string? Hint = null)
{
    /// <summary>Where on the frame the problem is, in design units (a layout check's boxes), for a preview to outline.</summary>
    public IReadOnlyList<DiagnosticArea> Areas { get; init; } = [];

    public override string ToString() =>
        Hint is null ? $"{Position}: error: {Message}" : $"{Position}: error: {Message} ({Hint})";
}
