namespace Renderer.Typesetting;

/// <summary>
/// A formula could not be typeset: rejected by <see cref="TexSourceGuard"/>, a TeX error,
/// a timeout, or a dvisvgm failure. The message is meant for the scene author; the caller
/// adds the scene-file position (it knows it, we don't).
/// </summary>
public class TexException : Exception
{
    public TexException(string message, string? formula = null, string? texMessage = null, Exception? inner = null)
        : base(message, inner)
    {
        Formula = formula;
        TexMessage = texMessage;
    }

    /// <summary>The offending formula (or preamble fragment), when known.</summary>
    public string? Formula { get; }

    /// <summary>Index into the scene's <c>tex.macros</c> of the macro at fault, when the problem is one of them.</summary>
    public int? MacroIndex { get; init; }

    /// <summary>TeX's own error line (without the leading "! "), when the error came from TeX.</summary>
    public string? TexMessage { get; }
}
