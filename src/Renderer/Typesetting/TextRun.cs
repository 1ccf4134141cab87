namespace Renderer.Typesetting;

/// <summary>A piece of a text label: plain text, or TeX math (the part between <c>$</c>s, without them).</summary>
public readonly record struct TextRun(string Text, bool IsMath);
