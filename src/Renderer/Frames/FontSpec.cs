namespace Renderer.Frames;

/// <summary>
/// Which face of the project's fonts, at what size in design units: the text family, or (<paramref name="Mono"/>) the
/// monospace one that code is set in.
/// </summary>
/// <param name="Tabular">
/// Tabular figures (OpenType 'tnum'): every digit has the same advance, so a number that changes every frame
/// ("n = 43   2.558 ± 0.121 bits") keeps its width and its aligned edge does not jitter. Use it for values that
/// count along; static text reads better with the default proportional figures.
/// </param>
public readonly record struct FontSpec(FontWeight Weight, double Size, bool Italic = false, bool Tabular = false, bool Mono = false);

public enum FontWeight { Regular, Medium, SemiBold, Bold }
