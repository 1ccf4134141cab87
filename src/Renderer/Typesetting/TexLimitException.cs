namespace Renderer.Typesetting;

/// <summary>
/// LaTeX or dvisvgm was stopped at a limit (wall-clock timeout, CPU time, memory). Not retried: the same input would
/// only spend the same time again. <see cref="TexException.Formula"/> is the formula it was working on, when known.
/// </summary>
public sealed class TexLimitException(string message, string? formula) : TexException(message, formula);
