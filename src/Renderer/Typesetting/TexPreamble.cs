using System.Collections.Frozen;
using System.Text;

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
public sealed class TexPreamble : IEquatable<TexPreamble>
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

    public static TexPreamble Default { get; } = new([], [], TexCommands.Base);

    /// <summary>Most macros a scene may define.</summary>
    public const int MaxMacros = 200;

    private TexPreamble(IReadOnlyList<string> packages, IReadOnlyList<string> macros, IReadOnlySet<string> commands)
    {
        ExtraPackages = packages;
        Macros = macros;
        Commands = commands;
        Text = BuildText(packages, macros, out var macroLines);
        MacroFirstLines = macroLines;
    }

    /// <summary>Packages added by the scene (validated, without duplicates of the base).</summary>
    public IReadOnlyList<string> ExtraPackages { get; }

    /// <summary>Macro definitions added by the scene (validated), each on lines of its own in <see cref="Text"/>.</summary>
    public IReadOnlyList<string> Macros { get; }

    /// <summary>
    /// The control words formulas set with this preamble may use: <see cref="TexCommands.Base"/>, the commands of the
    /// extra packages and the scene's own macros. What <see cref="TexSourceGuard"/> checks formulas against.
    /// </summary>
    public IReadOnlySet<string> Commands { get; }

    /// <summary>Everything before <c>\begin{document}</c>. Part of the cache key.</summary>
    public string Text { get; }

    /// <summary>Number of lines of <see cref="Text"/>; lets errors point into the macros.</summary>
    internal int LineCount => Text.Count(c => c == '\n');

    /// <summary>The 1-based line of <see cref="Text"/> where each macro starts.</summary>
    internal IReadOnlyList<int> MacroFirstLines { get; }

    /// <summary>Index of the macro that <paramref name="line"/> (1-based, in <see cref="Text"/>) belongs to, or null.</summary>
    internal int? MacroAt(int line)
    {
        for (var i = MacroFirstLines.Count - 1; i >= 0; i--)
            if (line >= MacroFirstLines[i]) return line <= LineCount ? i : null;
        return null;
    }

    /// <summary>
    /// Builds a preamble from scene extras. Throws <see cref="TexException"/> (with <see cref="TexException.MacroIndex"/>
    /// for a macro) for a package outside
    /// <see cref="AllowedPackages"/> or a macro that is not one plain definition (<see cref="TexMacroDefinition"/>).
    /// </summary>
    /// <param name="packages">Package names, e.g. <c>mathtools</c> (no options).</param>
    /// <param name="macros">Definitions, each starting with <c>\newcommand</c>, <c>\renewcommand</c>,
    /// <c>\DeclareMathOperator</c> or <c>\definecolor</c>.</param>
    public static TexPreamble Create(IEnumerable<string>? packages = null, IEnumerable<string>? macros = null)
    {
        var pkgs = new List<string>();
        foreach (var raw in packages ?? [])
        {
            var p = raw.Trim();
            if (!AllowedPackages.Contains(p))
                throw new TexException(
                    $"package '{Shorten(raw)}' is not allowed in the TeX preamble (allowed: {string.Join(", ", AllowedPackages.Order(StringComparer.Ordinal))})",
                    formula: raw);
            if (!BasePackages.Contains(p) && !pkgs.Contains(p)) pkgs.Add(p);
        }

        var commands = new HashSet<string>(TexCommands.Base, StringComparer.Ordinal);
        foreach (var p in pkgs)
            if (TexCommands.ByPackage.TryGetValue(p, out var extra)) commands.UnionWith(extra);

        var defs = new List<string>();
        var index = -1;
        foreach (var raw in macros ?? [])
        {
            index++;
            var m = raw.Trim();
            if (m.Length == 0) continue;
            if (defs.Count == MaxMacros)
                throw new TexException($"more than {MaxMacros} macros; a scene may define at most {MaxMacros}", formula: m) { MacroIndex = index };
            var (definition, problems) = TexMacroDefinition.Parse(m, commands);
            if (definition is null)
                throw new TexException(problems[0].Message + (problems.Count > 1 ? $" (and {problems.Count - 1} more)" : ""), formula: m) { MacroIndex = index };
            if (definition.Command is { } name) commands.Add(name);
            defs.Add(m);
        }

        return pkgs.Count == 0 && defs.Count == 0 ? Default : new TexPreamble(pkgs, defs, commands.ToFrozenSet(StringComparer.Ordinal));
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..39] + "…";

    private static string BuildText(IReadOnlyList<string> packages, IReadOnlyList<string> macros, out IReadOnlyList<int> macroFirstLines)
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
        var firstLines = new List<int>();
        foreach (var m in macros)
        {
            firstLines.Add(sb.ToString().Count(c => c == '\n') + 1);
            sb.Append(m.ReplaceLineEndings("\n")).Append('\n'); // own line: a trailing % comment cannot swallow what follows
        }

        macroFirstLines = firstLines;
        return sb.ToString();
    }

    public bool Equals(TexPreamble? other) => other is not null && other.Text == Text;

    public override bool Equals(object? obj) => Equals(obj as TexPreamble);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
