namespace Renderer.Text;

/// <summary>Horizontal alignment of a block of text in its box.</summary>
public enum TextAlign { Left, Center, Right }
