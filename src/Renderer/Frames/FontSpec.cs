namespace Renderer.Frames;

/// <summary>Which face of the project's font family, at what size in design units.</summary>
public readonly record struct FontSpec(FontWeight Weight, double Size, bool Italic = false);

public enum FontWeight { Regular, Medium, SemiBold, Bold }
