using Renderer.Scenes.Diagnostics;

namespace Renderer.Kinds;

/// <summary>
/// A value in an element is wrong in a way only compiling shows (an expression that is not finite somewhere on its
/// range at some frame, an anchor with nothing under it): reported at the value's own position in the scene file.
/// </summary>
public sealed class ElementValueException(SourcePosition at, string message, string hint) : Exception(message)
{
    public SourcePosition At { get; } = at;
    public string Hint { get; } = hint;
}
