namespace Renderer.Typesetting;

/// <summary>Where a piece of TeX from a scene file ends up; decides what <see cref="TexSourceGuard"/> allows.</summary>
public enum TexSourceKind
{
    /// <summary>A formula body, set inside <c>$...$</c>.</summary>
    Formula,

    /// <summary>A scene-level macro for the preamble (<c>\newcommand</c>, <c>\DeclareMathOperator</c>, <c>\definecolor</c>).</summary>
    PreambleMacro,
}
