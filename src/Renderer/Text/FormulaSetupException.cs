namespace Renderer.Text;

/// <summary>
/// Typesetting cannot go on for the whole scene: the TeX preamble (the scene's macros) fails, or a formula ran TeX
/// into its time or memory limit. Reported once, at the macro (<see cref="MacroIndex"/>) or at the element that holds
/// <see cref="Formula"/>, and never retried formula by formula.
/// </summary>
public sealed class FormulaSetupException(string message, string hint, string? formula = null, int? macroIndex = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>What the author should do.</summary>
    public string Hint { get; } = hint;

    /// <summary>The formula TeX was working on, when known.</summary>
    public string? Formula { get; } = formula;

    /// <summary>Index into the scene's <c>tex.macros</c> of the macro at fault, when known.</summary>
    public int? MacroIndex { get; } = macroIndex;
}
