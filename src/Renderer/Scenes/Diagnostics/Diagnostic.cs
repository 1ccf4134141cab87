namespace Renderer.Scenes.Diagnostics;

/// <summary>One problem in a scene file: what is wrong and, where we can tell, what to do about it.</summary>
public sealed record Diagnostic(SourcePosition Position, string Message, string? Hint = null)
{
    public override string ToString() =>
        Hint is null ? $"{Position}: error: {Message}" : $"{Position}: error: {Message} ({Hint})";
}
