namespace Renderer.Typesetting;

/// <summary>Lines of one formula's block in a <see cref="TexDocument"/> (1-based, inclusive): the wrapper and, inside it, the source.</summary>
internal sealed record TexFormulaBlock(int FirstLine, int SourceFirstLine, int SourceLastLine, int LastLine);
