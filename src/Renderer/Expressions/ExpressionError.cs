namespace Renderer.Expressions;

/// <summary>
/// Why an expression was refused: where in its source (0-based character offset), what is wrong and what to do. An
/// unknown name also carries the names it could have been, so the scene reader can suggest the closest.
/// </summary>
public sealed record ExpressionError(int Offset, string Message, string Hint, string? Unknown = null, IReadOnlyList<string>? Candidates = null);
