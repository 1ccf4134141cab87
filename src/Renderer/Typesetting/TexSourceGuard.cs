using System.Collections.Frozen;
using System.Text;

namespace Renderer.Typesetting;

/// <summary>
/// Static check of scene-supplied TeX, run before any TeX process starts.
/// </summary>
/// <remarks>
/// Scene files may come from anyone (a pull request rendered in CI), so TeX source is untrusted.
/// The real sandbox is how <see cref="TexTypesetter"/> runs LaTeX: <c>-no-shell-escape</c>,
/// <c>openin_any=p</c>/<c>openout_any=p</c> (no absolute paths, no parent directories, no dot files)
/// in an empty temporary directory, with a timeout. This guard is the first layer: it rejects, with
/// a clear message, everything a formula has no business doing, so that a hostile or careless scene
/// fails fast and readably instead of relying on the sandbox's cryptic errors.
///
/// The deny-list, by category (see <see cref="Denied"/>):
/// <list type="bullet">
/// <item>file and process access: <c>\write</c> (incl. <c>\write18</c>), <c>\immediate</c>, <c>\openout</c>,
///   <c>\openin</c>, <c>\read</c>, <c>\input</c>, <c>\include</c>, <c>\special</c>, <c>\font</c>, every <c>\pdf…</c> primitive
///   (pdfTeX can dump or hash arbitrary files even in DVI mode), …;</item>
/// <item>indirection that could assemble a denied name at run time, which no text check can see:
///   <c>\csname</c>, <c>\UseName</c>, <c>\string</c>, <c>\scantokens</c>, <c>\expandafter</c>, <c>\lowercase</c>, …, and the
///   <c>^^</c> character notation (<c>^^5c</c> is a backslash);</item>
/// <item>category codes (<c>\catcode</c>, <c>\makeatletter</c>, <c>\ExplSyntaxOn</c>, …), which change how the rest is read;</item>
/// <item>document structure (<c>\documentclass</c>, <c>\usepackage</c>, <c>\begin{document}</c>, <c>\shipout</c>, hooks, …):
///   the renderer owns the document; packages come from <see cref="TexPreamble"/>'s allow-list;</item>
/// <item>definitions (<c>\def</c>, <c>\let</c>, <c>\newcommand</c>, …) in formulas: macros go in the preamble, where only
///   <c>\newcommand</c>/<c>\renewcommand</c>/<c>\providecommand</c>/<c>\DeclareMathOperator</c>/<c>\definecolor</c> are allowed;</item>
/// <item>terminal/log output (<c>\typeout</c>, <c>\message</c>, <c>\show</c>…), which could spoof the metrics we read from the log.</item>
/// </list>
/// Environments are allow-listed instead (<see cref="AllowedEnvironments"/>): LaTeX's <c>\begin{x}</c> runs
/// <c>\x</c> through <c>\csname</c>, so <c>\begin{input}</c> would be <c>\input</c> in disguise.
/// Braces must balance, so a formula cannot close the box the renderer measures it in.
/// Control words are found the way TeX finds them under standard category codes (so <c>\\write</c> is a
/// line break followed by letters, not <c>\write</c>); comments are skipped like TeX skips them.
/// </remarks>
public static class TexSourceGuard
{
    private const string FileIo = "it reads or writes files or runs commands";
    private const string Indirection = "it can build or re-read control sequences at run time, which would defeat this check";
    private const string Catcodes = "it changes how TeX reads characters, which would defeat this check";
    private const string Structure = "the renderer owns the document; packages and macros go in the scene's TeX preamble (allow-listed)";
    private const string Definition = "macros belong in the scene's TeX preamble, not in a formula";
    private const string Logging = "formulas may not write to the terminal or the log";
    private const string Looping = "it loops, and a formula has no use for loops";

    /// <summary>Definers that are fine in <see cref="TexSourceKind.PreambleMacro"/> (and only there).</summary>
    public static readonly FrozenSet<string> PreambleDefiners = new[]
    {
        "newcommand", "renewcommand", "providecommand", "DeclareMathOperator", "definecolor",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Denied control words (name without backslash) and why. Names starting with <c>pdf</c> are denied too.</summary>
    public static readonly FrozenDictionary<string, string> Denied = BuildDenied();

    /// <summary>Environments a formula may use: math-mode ones from amsmath (and mathtools, if a scene loads it).</summary>
    public static readonly FrozenSet<string> AllowedEnvironments = new[]
    {
        "array", "subarray", "cases", "aligned", "alignedat", "gathered", "split",
        "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix",
        // mathtools
        "matrix*", "pmatrix*", "bmatrix*", "Bmatrix*", "vmatrix*", "Vmatrix*",
        "psmallmatrix", "bsmallmatrix", "Bsmallmatrix", "vsmallmatrix", "Vsmallmatrix",
        "dcases", "dcases*", "rcases", "rcases*", "drcases", "drcases*", "cases*", "multlined",
        // amscd
        "CD",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> BuildDenied()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string reason, params string[] names)
        {
            foreach (var n in names) d[n] = reason;
        }

        Add(FileIo,
            "write", "immediate", "openout", "closeout", "openin", "closein", "read", "readline",
            "input", "include", "includeonly", "InputIfFileExists", "IfFileExists", "endinput",
            "newwrite", "newread", "special", "font", "everyeof", "listfiles", "nofiles",
            "verbatiminput", "lstinputlisting", "includegraphics", "includepdf",
            "bibliography", "bibliographystyle", "makeindex", "makeglossary",
            "directlua", "latelua", "ShellEscape");
        Add(Indirection,
            "csname", "endcsname", "ifcsname", "UseName", "ExpandArgs", "string", "detokenize", "unexpanded",
            "scantokens", "expandafter", "lowercase", "uppercase", "meaning",
            "NewCommandCopy", "RenewCommandCopy", "DeclareCommandCopy", "afterassignment");
        Add(Catcodes,
            "catcode", "lccode", "uccode", "sfcode", "mathcode", "delcode", "makeatletter", "makeatother",
            "ExplSyntaxOn", "ExplSyntaxOff", "endlinechar", "newlinechar", "escapechar");
        Add(Structure,
            "documentclass", "usepackage", "RequirePackage", "RequirePackageWithOptions", "LoadClass",
            "PassOptionsToPackage", "PassOptionsToClass", "AtBeginDocument", "AtEndDocument", "AtBeginDvi",
            "AtEndOfPackage", "AtEndOfClass", "AddToHook", "AddToHookNext", "DocumentMetadata",
            "shipout", "output", "everypar", "everymath", "everydisplay", "everyhbox", "everyvbox",
            "everyjob", "everycr", "dump", "batchmode", "nonstopmode", "scrollmode", "errorstopmode");
        Add(Definition,
            "def", "edef", "gdef", "xdef", "let", "futurelet", "global", "long", "outer", "protected",
            "newcommand", "renewcommand", "providecommand", "DeclareRobustCommand", "DeclareMathOperator",
            "NewDocumentCommand", "RenewDocumentCommand", "ProvideDocumentCommand", "DeclareDocumentCommand",
            "NewExpandableDocumentCommand", "newenvironment", "renewenvironment", "NewDocumentEnvironment",
            "RenewDocumentEnvironment", "definecolor", "DeclareMathSymbol", "DeclareSymbolFont",
            "DeclareMathAlphabet", "chardef", "mathchardef", "countdef", "dimendef", "skipdef", "toksdef");
        Add(Logging,
            "message", "typeout", "wlog", "errmessage", "errhelp", "show", "showthe", "showbox",
            "showlists", "showtokens", "showgroups", "showifs");
        Add(Looping, "loop", "repeat", "iterate", "whiledo");
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Finds every refused construct in <paramref name="source"/>. Empty when it is fine.</summary>
    public static IReadOnlyList<TexGuardProblem> Check(string source, TexSourceKind kind = TexSourceKind.Formula)
    {
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<TexGuardProblem>();
        void Problem(string construct, string reason, int at) =>
            problems.Add(new TexGuardProblem(construct, reason, at, ContextAround(source, at), kind));

        var depth = 0;
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            switch (c)
            {
                case '%':
                    i = SkipComment(source, i);
                    continue;
                case '{':
                    depth++;
                    i++;
                    continue;
                case '}':
                    if (--depth < 0)
                    {
                        Problem("an unmatched '}'", "it would close the box the renderer measures the formula in", i);
                        depth = 0;
                    }

                    i++;
                    continue;
                case '^' when i + 1 < source.Length && source[i + 1] == '^':
                    Problem("'^^' character notation", "it can spell any character, e.g. ^^5c is a backslash, which would defeat this check", i);
                    i += 2;
                    continue;
                case '\\':
                    i = CheckControlSequence(source, i, kind, Problem);
                    continue;
                default:
                    if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                        Problem($"control character U+{(int)c:X4}", "it has no meaning in a formula", i);
                    i++;
                    continue;
            }
        }

        if (depth > 0)
            problems.Add(new TexGuardProblem($"{depth} unclosed '{{'", "braces must balance", source.Length, ContextAround(source, source.Length), kind));
        return problems;
    }

    /// <summary>Throws a <see cref="TexException"/> describing the first problem <see cref="Check"/> finds.</summary>
    public static void Validate(string source, TexSourceKind kind = TexSourceKind.Formula)
    {
        var problems = Check(source, kind);
        if (problems.Count == 0) return;
        var more = problems.Count > 1 ? $" (and {problems.Count - 1} more problem{(problems.Count > 2 ? "s" : "")})" : "";
        throw new TexException(problems[0].Message + more, formula: source);
    }

    private static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    /// <summary>Handles the control sequence starting at the backslash at <paramref name="start"/>; returns the index after it.</summary>
    private static int CheckControlSequence(string s, int start, TexSourceKind kind, Action<string, string, int> problem)
    {
        var i = start + 1;
        if (i >= s.Length) return i;
        if (!IsLetter(s[i])) return i + 1; // control symbol such as \\ \{ \, — none is dangerous

        while (i < s.Length && IsLetter(s[i])) i++;
        var name = s[(start + 1)..i];

        if (name is "begin" or "end")
            return CheckEnvironment(s, start, i, name, kind, problem);

        var allowedHere = kind == TexSourceKind.PreambleMacro && PreambleDefiners.Contains(name);
        if (!allowedHere && Denied.TryGetValue(name, out var reason))
        {
            var shown = name;
            // Show "\write18" rather than "\write": that is what people recognise.
            var j = i;
            while (name == "write" && j < s.Length && char.IsAsciiDigit(s[j])) j++;
            if (j > i) shown += s[i..j];
            problem("\\" + shown, reason, start);
        }
        else if (!allowedHere && name.StartsWith("pdf", StringComparison.Ordinal))
        {
            problem("\\" + name, "pdfTeX primitives can read arbitrary files (\\pdffiledump, \\pdfmdfivesum) and have no place in a formula", start);
        }

        return i;
    }

    /// <summary><c>\begin{name}</c> / <c>\end{name}</c>: the name must be written out and allow-listed.</summary>
    private static int CheckEnvironment(string s, int start, int afterName, string which, TexSourceKind kind, Action<string, string, int> problem)
    {
        var i = afterName;
        while (i < s.Length && (char.IsWhiteSpace(s[i]) || s[i] == '%'))
            i = s[i] == '%' ? SkipComment(s, i) : i + 1;
        if (i >= s.Length || s[i] != '{')
        {
            problem("\\" + which + " without {name}", "write the environment name in braces", start);
            return i;
        }

        var close = s.IndexOf('}', i + 1);
        if (close < 0) return i; // the brace-balance check reports it
        var env = s[(i + 1)..close].Trim();
        if (!AllowedEnvironments.Contains(env))
        {
            var reason = env == "document"
                ? Structure
                : $"only math environments are allowed ({string.Join(", ", AllowedEnvironments.Order(StringComparer.Ordinal))})"
                  + (kind == TexSourceKind.Formula ? "; the formula is already in math mode, so use aligned/gathered rather than align/equation" : "");
            problem($"\\{which}{{{env}}}", reason, start);
        }

        // Return just after '{' so the braces still count towards the balance check.
        return i;
    }

    /// <summary>Skips a comment like TeX: to the end of the line, the line break, and the next line's leading blanks.</summary>
    private static int SkipComment(string s, int i)
    {
        while (i < s.Length && s[i] != '\n' && s[i] != '\r') i++;
        if (i < s.Length && s[i] == '\r') i++;
        if (i < s.Length && s[i] == '\n') i++;
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
        return i;
    }

    private static string ContextAround(string s, int at)
    {
        const int radius = 24;
        var from = Math.Max(0, at - radius);
        var to = Math.Min(s.Length, at + radius);
        var sb = new StringBuilder();
        if (from > 0) sb.Append('…');
        foreach (var ch in s.AsSpan(from, to - from))
            sb.Append(char.IsControl(ch) ? ' ' : ch);
        if (to < s.Length) sb.Append('…');
        return sb.ToString();
    }
}
