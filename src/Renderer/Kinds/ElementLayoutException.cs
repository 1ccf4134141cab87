namespace Renderer.Kinds;

/// <summary>
/// An element cannot lay itself out in its box (e.g. a tree too large for it). Reported at the element's
/// position in the scene file, like a TeX error.
/// </summary>
public class ElementLayoutException(string message, string? hint = null) : Exception(message)
{
    /// <summary>What the author can do about it; a general hint when null.</summary>
    public string? Hint { get; } = hint;
}
