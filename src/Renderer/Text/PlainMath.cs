using System.Text;
using Renderer.Typesetting;

namespace Renderer.Text;

/// <summary>
/// Inline TeX as plain Unicode text, for places that cannot typeset: a caption's WebVTT cue gets
/// "H(P,Q) − H(P) = D_KL(P‖Q)" where the screen shows the typeset <c>$H(P,Q) - H(P) = D_{\mathrm{KL}}(P\,\|\,Q)$</c>.
/// It knows the notation the scenes use (Greek letters, relations, ‖, sub- and superscripts, \mathrm, \frac,
/// \sqrt, \mathbb, \mathcal); anything else loses its backslash and braces, which still reads.
/// </summary>
public static class PlainMath
{
    /// <summary>A text with inline <c>$…$</c> maths (and <c>\$</c> escapes) as plain text.</summary>
    public static string Text(string text)
    {
        var result = InlineMathParser.TrySplit(text);
        if (!result.IsSuccess) return text;
        var plain = new StringBuilder();
        foreach (var run in result.Runs) plain.Append(run.IsMath ? Math(run.Text) : run.Text);
        return plain.ToString();
    }

    /// <summary>One TeX formula as plain text.</summary>
    public static string Math(string tex)
    {
        var output = new StringBuilder();
        var i = 0;
        Convert(tex, ref i, output, stopAtBrace: false);
        return Tidy(output.ToString());
    }

    private static readonly Dictionary<string, string> Symbols = new()
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν",
        ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ", ["phi"] = "φ", ["varphi"] = "φ",
        ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ",
        ["Lambda"] = "Λ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["ell"] = "ℓ", ["infty"] = "∞", ["partial"] = "∂", ["nabla"] = "∇",
        ["le"] = "≤", ["leq"] = "≤", ["ge"] = "≥", ["geq"] = "≥", ["ne"] = "≠", ["neq"] = "≠", ["approx"] = "≈",
        ["sim"] = "∼", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["in"] = "∈", ["cdot"] = "·",
        ["times"] = "×", ["pm"] = "±", ["ast"] = "*", ["star"] = "⋆", ["mid"] = "|", ["|"] = "‖", ["Vert"] = "‖",
        ["sum"] = "Σ", ["prod"] = "Π", ["int"] = "∫", ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯",
        ["log"] = "log", ["ln"] = "ln", ["exp"] = "exp", ["min"] = "min", ["max"] = "max", ["arg"] = "arg",
        [","] = "", [";"] = " ", [":"] = " ", ["!"] = "", ["quad"] = " ", ["qquad"] = "  ", [" "] = " ",
        ["left"] = "", ["right"] = "", ["big"] = "", ["Big"] = "", ["bigl"] = "", ["bigr"] = "",
        ["{"] = "{", ["}"] = "}", ["%"] = "%", ["$"] = "$", ["_"] = "_", ["&"] = "&", ["#"] = "#",
    };

    private static readonly HashSet<string> Binary = ["le", "leq", "ge", "geq", "ne", "neq", "approx", "sim", "to", "rightarrow", "leftarrow", "in", "times", "pm", "cdot"];

    // Commands whose argument is kept as it is (fonts, text).
    private static readonly HashSet<string> Wrappers = ["mathrm", "mathit", "mathbf", "mathsf", "mathtt", "text", "textrm", "textit", "operatorname", "bm", "boldsymbol"];

    private static readonly Dictionary<char, string> Blackboard = new() { ['E'] = "𝔼", ['R'] = "ℝ", ['N'] = "ℕ", ['Z'] = "ℤ", ['Q'] = "ℚ", ['P'] = "ℙ" };
    private static readonly Dictionary<char, string> Calligraphic = new() { ['N'] = "𝒩", ['L'] = "ℒ", ['H'] = "ℋ", ['F'] = "ℱ" };

    private const string SubscriptFrom = "0123456789+-=()aehijklmnoprstuvx";
    private const string SubscriptTo = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
    private const string SuperscriptFrom = "0123456789+-=()ni";
    private const string SuperscriptTo = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";

    private static void Convert(string tex, ref int i, StringBuilder output, bool stopAtBrace)
    {
        while (i < tex.Length)
        {
            var c = tex[i];
            switch (c)
            {
                case '}' when stopAtBrace:
                    i++;
                    return;
                case '{':
                    i++;
                    Convert(tex, ref i, output, stopAtBrace: true);
                    break;
                case '\\':
                    Command(tex, ref i, output);
                    break;
                case '_' or '^':
                    i++;
                    var script = Argument(tex, ref i);
                    output.Append(Script(script, c == '_'));
                    break;
                case '-':
                    output.Append('−');
                    i++;
                    break;
                case '~':
                    output.Append(' ');
                    i++;
                    break;
                case '\'':
                    output.Append('′');
                    i++;
                    break;
                default:
                    output.Append(c);
                    i++;
                    break;
            }
        }
    }

    private static void Command(string tex, ref int i, StringBuilder output)
    {
        i++; // the backslash
        if (i >= tex.Length) return;
        string name;
        if (char.IsLetter(tex[i]))
        {
            var start = i;
            while (i < tex.Length && char.IsLetter(tex[i])) i++;
            name = tex[start..i];
        }
        else name = tex[i++].ToString();

        switch (name)
        {
            case "frac" or "tfrac" or "dfrac":
                var numerator = Argument(tex, ref i);
                var denominator = Argument(tex, ref i);
                output.Append(Fraction(numerator, denominator));
                return;
            case "sqrt":
                var radicand = Argument(tex, ref i);
                output.Append('√').Append(radicand.Length > 1 ? $"({radicand})" : radicand);
                return;
            case "mathbb":
                output.Append(string.Concat(Argument(tex, ref i).Select(ch => Blackboard.TryGetValue(ch, out var b) ? b : ch.ToString())));
                return;
            case "mathcal":
                output.Append(string.Concat(Argument(tex, ref i).Select(ch => Calligraphic.TryGetValue(ch, out var b) ? b : ch.ToString())));
                return;
        }
        if (Wrappers.Contains(name))
        {
            output.Append(Argument(tex, ref i));
            return;
        }
        var symbol = Symbols.TryGetValue(name, out var known) ? known : name;
        // Relations and operators get a space on each side, as TeX sets them, whatever the source's spacing.
        if (Binary.Contains(name))
        {
            output.Append(' ').Append(symbol).Append(' ');
            while (i < tex.Length && tex[i] == ' ') i++;
            return;
        }
        output.Append(symbol);
        // TeX swallows the spaces after a control word; plain text keeps the author's one ("\mu = 0.4" reads "μ = 0.4").
        if (char.IsLetter(name[0]))
        {
            var spaced = false;
            while (i < tex.Length && tex[i] == ' ') { i++; spaced = true; }
            if (spaced) output.Append(' ');
        }
    }

    // A command's argument: a braced group or a single token, converted.
    private static string Argument(string tex, ref int i)
    {
        while (i < tex.Length && tex[i] == ' ') i++;
        if (i >= tex.Length) return "";
        var output = new StringBuilder();
        if (tex[i] == '{')
        {
            i++;
            Convert(tex, ref i, output, stopAtBrace: true);
        }
        else if (tex[i] == '\\') Command(tex, ref i, output);
        else output.Append(tex[i++]);
        return Tidy(output.ToString());
    }

    private static string Script(string text, bool sub)
    {
        text = text.Replace(" ", "");
        var (from, to) = sub ? (SubscriptFrom, SubscriptTo) : (SuperscriptFrom, SuperscriptTo);
        var mapped = text.Replace('−', '-');
        if (mapped.Length > 0 && mapped.All(ch => from.Contains(ch)))
            return string.Concat(mapped.Select(ch => to[from.IndexOf(ch)]));
        if (!sub && text == "*") return "*";
        var mark = sub ? "_" : "^";
        // A group that is more than a name is bracketed, so "E_(x∼P)" reads where "E_x∼P" would not.
        return text.All(c => char.IsLetterOrDigit(c) || char.IsNumber(c)) ? mark + text : $"{mark}({text})";
    }

    private static string Fraction(string numerator, string denominator) => (numerator, denominator) switch
    {
        ("1", "2") => "½",
        ("1", "4") => "¼",
        ("3", "4") => "¾",
        ("1", "3") => "⅓",
        ("1", "8") => "⅛",
        _ => $"{Group(numerator)}/{Group(denominator)}",
    };

    private static string Group(string s) => s.Length <= 1 || s.All(char.IsLetterOrDigit) ? s : $"({s})";

    // TeX spacing collapses: one space at most, none just inside brackets.
    private static string Tidy(string s)
    {
        var collapsed = System.Text.RegularExpressions.Regex.Replace(s, " {2,}", " ");
        return collapsed.Replace("( ", "(").Replace(" )", ")").Trim();
    }
}
