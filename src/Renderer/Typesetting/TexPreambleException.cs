namespace Renderer.Typesetting;

/// <summary>
/// LaTeX failed in the scene's TeX preamble: a TeX error in a macro, or not getting through it within its limits.
/// Reported once, at the macro (<see cref="TexException.MacroIndex"/>) when known, and never retried formula by formula.
/// </summary>
public sealed class TexPreambleException : TexException
{
    public TexPreambleException(string message, int? macroIndex = null, string? texMessage = null)
        : base(message, formula: null, texMessage: texMessage)
    {
        MacroIndex = macroIndex;
    }
}
