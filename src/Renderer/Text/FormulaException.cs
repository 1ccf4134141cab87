namespace Renderer.Text;

/// <summary>A formula could not be typeset (TeX error or forbidden command). The message is for the author.</summary>
public sealed class FormulaException(string message, Exception? inner = null) : Exception(message, inner);
