namespace Renderer.Frames;

/// <summary>
/// Which face of the project's fonts, at what size in design units: the text family, or (<paramref name="Mono"/>) the
/// monospace one that code is set in.
/// </summary>
public readonly record struct FontSpec(FontWeight Weight, double Size, bool Italic = false, bool Mono = false);

public enum FontWeight { Regular, Medium, SemiBold, Bold }
