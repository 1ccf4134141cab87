using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Renderer.Typesetting;

/// <summary>
/// The LaTeX preamble every formula is set with: a fixed base plus scene-level extras
/// (allow-listed packages and guarded macro definitions). Immutable; equal text means equal preamble.
/// </summary>
/// <remarks>
/// Base: <c>article</c> (<c>standalone.cls</c> is not in texlive-latex-base), amsmath, amssymb, bm, and
/// <c>color</c>. xcolor is not part of texlive-latex-base (checked with kpsewhich on Debian 12), so the
/// base defines xcolor's base colour names that color.sty lacks (orange, gray, teal, …) with xcolor's
/// values: <c>\textcolor{orange}{…}</c> then means the same whichever package is installed. A scene that
/// asks for xcolor gets xcolor instead of color (on a machine that has it).
/// The page style is empty and the font size is article's default 10pt: metrics are in TeX points
/// at that size, and the drawing layer scales.
/// </remarks>
public sealed partial class TexPreamble : IEquatable<TexPreamble>
{
    /// <summary>Packages every formula gets.</summary>
    public static readonly IReadOnlyList<string> BasePackages = ["amsmath", "amssymb", "bm", "color"];

    /// <summary>
    /// Packages a scene may add. Math-only packages that read no files of the scene's choosing.
    /// Not all are installed by texlive-latex-base (there: amsmath, amssymb, amsfonts, bm, color, amscd,
    /// array, latexsym); asking for a missing one gives LaTeX's own "File `x.sty' not found".
    /// </summary>
    public static readonly FrozenSet<string> AllowedPackages = new[]
    {
        "amsmath", "amssymb", "amsfonts", "bm", "color", "xcolor", "mathtools", "amscd", "array",
        "latexsym", "cancel", "upgreek", "mathrsfs",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>xcolor's base colours that color.sty does not define (values from xcolor.sty).</summary>
    private static readonly (string Name, string Rgb)[] XcolorCompatColours =
    [
        ("gray", "0.5,0.5,0.5"), ("darkgray", "0.25,0.25,0.25"), ("lightgray", "0.75,0.75,0.75"),
        ("brown", "0.75,0.5,0.25"), ("lime", "0.75,1,0"), ("olive", "0.5,0.5,0"), ("orange", "1,0.5,0"),
        ("pink", "1,0.75,0.75"), ("purple", "0.75,0,0.25"), ("teal", "0,0.5,0.5"), ("violet", "0.5,0,0.5"),
    ];

    public static TexPreamble Default { get; } = new([], []);

    private TexPreamble(IReadOnlyList<string> packages, IReadOnlyList<string> macros)
    {
        ExtraPackages = packages;
        Macros = macros;
        Text = BuildText(packages, macros);
    }

    /// <summary>Packages added by the scene (validated, without duplicates of the base).</summary>
    public IReadOnlyList<string> ExtraPackages { get; }

    /// <summary>Macro definitions added by the scene (validated), one per line in <see cref="Text"/>.</summary>
    public IReadOnlyList<string> Macros { get; }

    /// <summary>Everything before <c>\begin{document}</c>. Part of the cache key.</summary>
    public string Text { get; }

    /// <summary>Number of lines of <see cref="Text"/>; lets errors point into the macros.</summary>
    internal int LineCount => Text.Count(c => c == '\n');

    /// <summary>
    /// Builds a preamble from scene extras. Throws <see cref="TexException"/> for a package outside
    /// <see cref="AllowedPackages"/> or a macro that is not a plain definition or fails <see cref="TexSourceGuard"/>.
    /// </summary>
    /// <param name="packages">Package names, e.g. <c>mathtools</c> (no options).</param>
    /// <param name="macros">Definitions, each starting with <c>\newcommand</c>, <c>\renewcommand</c>,
    /// <c>\providecommand</c>, <c>\DeclareMathOperator</c> or <c>\definecolor</c>.</param>
    public static TexPreamble Create(IEnumerable<string>? packages = null, IEnumerable<string>? macros = null)
    {
        var pkgs = new List<string>();
        foreach (var raw in packages ?? [])
        {
            var p = raw.Trim();
            if (!AllowedPackages.Contains(p))
                throw new TexException(
                    $"package '{raw}' is not allowed in the TeX preamble (allowed: {string.Join(", ", AllowedPackages.Order(StringComparer.Ordinal))})",
                    formula: raw);
            if (!BasePackages.Contains(p) && !pkgs.Contains(p)) pkgs.Add(p);
        }

        var defs = new List<string>();
        foreach (var raw in macros ?? [])
        {
            var m = raw.Trim();
            if (m.Length == 0) continue;
            if (!DefinerStart().IsMatch(m))
                throw new TexException(
                    $"a preamble macro must start with \\newcommand, \\renewcommand, \\providecommand, \\DeclareMathOperator or \\definecolor: \"{m}\"",
                    formula: m);
            TexSourceGuard.Validate(m, TexSourceKind.PreambleMacro);
            defs.Add(m);
        }

        return pkgs.Count == 0 && defs.Count == 0 ? Default : new TexPreamble(pkgs, defs);
    }

    private static string BuildText(IReadOnlyList<string> packages, IReadOnlyList<string> macros)
    {
        var xcolor = packages.Contains("xcolor");
        var sb = new StringBuilder();
        sb.Append("\\documentclass{article}\n");
        sb.Append("\\usepackage{amsmath,amssymb,bm}\n");
        if (xcolor)
        {
            sb.Append("\\usepackage{xcolor}\n");
        }
        else
        {
            sb.Append("\\usepackage{color}\n");
            foreach (var (name, rgb) in XcolorCompatColours)
                sb.Append("\\definecolor{").Append(name).Append("}{rgb}{").Append(rgb).Append("}\n");
        }

        sb.Append("\\pagestyle{empty}\n");
        foreach (var p in packages)
            if (p != "xcolor") sb.Append("\\usepackage{").Append(p).Append("}\n");
        foreach (var m in macros)
            sb.Append(m).Append('\n'); // own line: a trailing % comment cannot swallow what follows
        return sb.ToString();
    }

    [GeneratedRegex(@"^\\(newcommand|renewcommand|providecommand|DeclareMathOperator|definecolor)(?![A-Za-z])")]
    private static partial Regex DefinerStart();

    public bool Equals(TexPreamble? other) => other is not null && other.Text == Text;

    public override bool Equals(object? obj) => Equals(obj as TexPreamble);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
