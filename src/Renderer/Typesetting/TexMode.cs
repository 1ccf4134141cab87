namespace Renderer.Typesetting;

/// <summary>How a formula is set: as a displayed equation or inside a line of text.</summary>
public enum TexMode
{
    /// <summary><c>\displaystyle</c>: big operators with limits above/below, full-size fractions.</summary>
    Display,

    /// <summary><c>\textstyle</c>: compact, to sit on a text baseline.</summary>
    Inline,
}
