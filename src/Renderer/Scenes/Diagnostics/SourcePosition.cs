namespace Renderer.Scenes.Diagnostics;

/// <summary>A place in a scene file, 1-based, as editors and compilers print it.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    public override string ToString() => $"{TerminalText.Safe(File)}:{Line}:{Column}";
}
