namespace Renderer.Typesetting;

/// <summary>A text label's <c>$</c>s do not pair up. <see cref="Line"/> and <see cref="Column"/> are 1-based, within the label.</summary>
public sealed class InlineMathException(string message, int line, int column)
    : FormatException($"{message} (line {line}, column {column} of the text)")
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
