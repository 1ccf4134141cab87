using System.Collections.Frozen;
using System.Text;
using Renderer.Scenes.Diagnostics;

namespace Renderer.Typesetting;

/// <summary>
/// Static check of scene-supplied TeX, run before any TeX process starts: an allow-list, read the way TeX reads.
/// </summary>
/// <remarks>
/// Scene files may come from anyone (a pull request rendered in CI), so TeX source is untrusted. This guard is the
/// first layer; the second is how <see cref="TexToolchain"/> runs LaTeX (<c>-no-shell-escape</c>,
/// <c>openin_any=p</c>/<c>openout_any=p</c> in an empty temporary directory, CPU-time, memory and wall-clock limits).
///
/// How it reads:
/// <list type="number">
/// <item><c>^^</c> notation is decoded first, exactly as TeX's input routine does (<see cref="TexCaretDecoder"/>), so
///   <c>^^5cinput</c> is seen as <c>\input</c>; a backslash followed by <c>^^</c> (<c>\^^69nput</c>) is refused outright.</item>
/// <item>Control words are found as TeX finds them under standard category codes (<c>\\write</c> is a line break and
///   letters, not <c>\write</c>); comments are skipped as TeX skips them.</item>
/// <item>Every control word must be on the allow-list: <see cref="TexCommands.Base"/>, the commands of the preamble's
///   allow-listed packages, and the scene's own macros (<see cref="TexPreamble.Commands"/>). Anything else is refused,
///   naming the token. The old deny-list (<see cref="Reserved"/>) is kept for its explanations and because those
///   names may never be defined by a scene either.</item>
/// <item>Control symbols must be in <see cref="TexCommands.Symbols"/>; environments in <see cref="AllowedEnvironments"/>
///   (LaTeX's <c>\begin{x}</c> runs <c>\x</c>, so <c>\begin{input}</c> would be <c>\input</c> in disguise).</item>
/// <item>Braces must balance, so a formula cannot close the box the renderer measures it in.</item>
/// </list>
/// Preamble macros are parsed as one definition each (<see cref="TexMacroDefinition"/>).
/// </remarks>
public static class TexSourceGuard
{
    private const string FileIo = "it reads or writes files or runs commands";
    private const string Indirection = "it can build or re-read control sequences at run time, which would defeat this check";
    private const string Catcodes = "it changes how TeX reads characters, which would defeat this check";
    private const string Structure = "the renderer owns the document; packages and macros go in the scene's TeX preamble (allow-listed)";
    private const string Definition = "macros belong in the scene's tex.macros, not in a formula";
    private const string Logging = "formulas may not write to the terminal or the log";
    private const string Looping = "it loops, and a formula has no use for loops";

    /// <summary>Longest TeX source a scene may give in one formula or macro (characters).</summary>
    public const int MaxSourceLength = 1000;

    /// <summary>
    /// Names a scene may never use nor define, and why: file access, indirection, category codes, document structure,
    /// definitions, logging and loops. Names starting with <c>pdf</c> are refused too.
    /// </summary>
    public static readonly FrozenDictionary<string, string> Reserved = BuildReserved();

    /// <summary>Environments a formula may use: math-mode ones from amsmath (and mathtools, amscd, if a scene loads them).</summary>
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

    private static FrozenDictionary<string, string> BuildReserved()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string reason, params string[] names)
        {
            foreach (var n in names) d[n] = reason;
        }

        Add(FileIo,
            "write", "immediate", "openout", "closeout", "openin", "closein", "read", "readline",
            "input", "include", "includeonly", "InputIfFileExists", "IfFileExists", "endinput",
            "newwrite", "newread", "special", "font", "everyeof", "listfiles", "nofiles", "filecontents",
            "verbatiminput", "lstinputlisting", "includegraphics", "includepdf",
            "bibliography", "bibliographystyle", "makeindex", "makeglossary",
            "directlua", "latelua", "ShellEscape");
        Add(Indirection,
            "csname", "endcsname", "ifcsname", "UseName", "ExpandArgs", "string", "detokenize", "unexpanded",
            "scantokens", "expandafter", "lowercase", "uppercase", "meaning",
            "NewCommandCopy", "RenewCommandCopy", "DeclareCommandCopy", "afterassignment", "aftergroup");
        Add(Catcodes,
            "catcode", "lccode", "uccode", "sfcode", "mathcode", "delcode", "makeatletter", "makeatother",
            "ExplSyntaxOn", "ExplSyntaxOff", "endlinechar", "newlinechar", "escapechar");
        Add(Structure,
            "documentclass", "usepackage", "RequirePackage", "RequirePackageWithOptions", "LoadClass",
            "PassOptionsToPackage", "PassOptionsToClass", "AtBeginDocument", "AtEndDocument", "AtBeginDvi",
            "AtEndOfPackage", "AtEndOfClass", "AddToHook", "AddToHookNext", "DocumentMetadata",
            "shipout", "output", "everypar", "everymath", "everydisplay", "everyhbox", "everyvbox",
            "everyjob", "everycr", "dump", "end", "batchmode", "nonstopmode", "scrollmode", "errorstopmode");
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

    /// <summary>
    /// Finds every refused construct in <paramref name="source"/>. Empty when it is fine.
    /// </summary>
    /// <param name="commands">The control words allowed; null means <see cref="TexCommands.Base"/> (the fixed preamble).
    /// For a scene, pass its <see cref="TexPreamble.Commands"/>.</param>
    public static IReadOnlyList<TexGuardProblem> Check(string source, TexSourceKind kind = TexSourceKind.Formula, IReadOnlySet<string>? commands = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        commands ??= TexCommands.Base;
        return kind == TexSourceKind.PreambleMacro
            ? TexMacroDefinition.Parse(source, commands).Problems
            : Scan(source, kind, commands, null);
    }

    /// <summary>Throws a <see cref="TexException"/> describing the first problem <see cref="Check"/> finds.</summary>
    public static void Validate(string source, TexSourceKind kind = TexSourceKind.Formula, IReadOnlySet<string>? commands = null) =>
        ThrowIfAny(Check(source, kind, commands), source);

    internal static void ThrowIfAny(IReadOnlyList<TexGuardProblem> problems, string source)
    {
        if (problems.Count == 0) return;
        var more = problems.Count > 1 ? $" (and {problems.Count - 1} more problem{(problems.Count > 2 ? "s" : "")})" : "";
        throw new TexException(problems[0].Message + more, formula: source);
    }

    /// <summary>
    /// Checks a whole source (a formula, or a macro's body when <paramref name="parameters"/> is given: then <c>#1</c>…
    /// up to that count are its parameters).
    /// </summary>
    internal static List<TexGuardProblem> Scan(string source, TexSourceKind kind, IReadOnlySet<string> commands, int? parameters,
        string? selfName = null, string? definer = null)
    {
        var problems = new List<TexGuardProblem>();
        if (source.Length > MaxSourceLength)
        {
            problems.Add(new TexGuardProblem($"a source of {source.Length} characters", $"the limit is {MaxSourceLength}; split it",
                MaxSourceLength, ContextAround(source, MaxSourceLength), kind));
            return problems;
        }

        CheckBackslashCarets(source, kind, problems);
        var (text, origins) = TexCaretDecoder.Decode(source);
        var reader = new Reader(source, text, origins, kind, commands, parameters, selfName, definer, problems);
        reader.Run();
        return problems;
    }

    /// <summary><c>\^^…</c>: TeX reads the carets as part of the control sequence's name; nothing legitimate needs it.</summary>
    internal static void CheckBackslashCarets(string s, TexSourceKind kind, List<TexGuardProblem> problems)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\') continue;
            if (i + 2 < s.Length && s[i + 1] == '^' && s[i + 2] == '^')
                problems.Add(new TexGuardProblem("a backslash followed by '^^'",
                    "TeX decodes ^^ notation inside control sequence names (\\^^69nput is \\input), which would defeat this check",
                    i, ContextAround(s, i), kind));
            if (i + 1 < s.Length && s[i + 1] == '\\') i++; // "\\" is one control symbol
        }
    }

    private static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    internal static string ContextAround(string s, int at)
    {
        const int radius = 24;
        at = Math.Clamp(at, 0, s.Length);
        var from = Math.Max(0, at - radius);
        var to = Math.Min(s.Length, at + radius);
        var sb = new StringBuilder();
        if (from > 0) sb.Append('…');
        foreach (var ch in s.AsSpan(from, to - from))
            sb.Append(char.IsControl(ch) ? ' ' : ch);
        if (to < s.Length) sb.Append('…');
        return sb.ToString();
    }

    /// <summary>Why <paramref name="name"/> (a control word, without backslash) is refused, or null if allowed.</summary>
    internal static string? Refusal(string name, IReadOnlySet<string> commands)
    {
        if (Reserved.TryGetValue(name, out var reason)) return reason;
        if (name.StartsWith("pdf", StringComparison.Ordinal))
            return "pdfTeX primitives can read arbitrary files (\\pdffiledump, \\pdfmdfivesum) and have no place in a formula";
        if (commands.Contains(name)) return null;
        var package = TexCommands.PackageOf(name);
        if (package is not null && !commands.Contains(name))
            return $"it comes with the package {package}; add {package} to tex.packages to use it";
        var hint = Suggestions.Closest(name, commands);
        return "it is not one of the maths commands of the preamble's packages or the scene's own macros"
               + (hint is null ? "" : $"; did you mean \\{hint}?");
    }

    /// <summary>Walks decoded TeX source token by token, as TeX's eyes would under standard category codes.</summary>
    private sealed class Reader(
        string source, string text, int[] origins, TexSourceKind kind, IReadOnlySet<string> commands, int? parameters,
        string? selfName, string? definer, List<TexGuardProblem> problems)
    {
        private int _depth;

        private void Problem(string construct, string reason, int decodedIndex)
        {
            var at = decodedIndex < origins.Length ? origins[decodedIndex] : source.Length;
            problems.Add(new TexGuardProblem(construct, reason, at, ContextAround(source, at), kind));
        }

        public void Run()
        {
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                switch (c)
                {
                    case '%':
                        i = SkipComment(text, i);
                        continue;
                    case '{':
                        _depth++;
                        i++;
                        continue;
                    case '}':
                        if (--_depth < 0)
                        {
                            Problem("an unmatched '}'", "it would close the box the renderer measures the formula in", i);
                            _depth = 0;
                        }

                        i++;
                        continue;
                    case '#' when parameters is { } count:
                        if (i + 1 < text.Length && text[i + 1] >= '1' && text[i + 1] <= '9' && text[i + 1] - '0' <= count)
                            i += 2;
                        else
                        {
                            Problem("'#' without a parameter number", $"in a macro body '#' must be followed by a parameter number from 1 to {count}", i);
                            i++;
                        }

                        continue;
                    case '\\':
                        i = ControlSequence(i);
                        continue;
                    default:
                        if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                            Problem($"control character U+{(int)c:X4}", "it has no meaning in a formula", i);
                        i++;
                        continue;
                }
            }

            if (_depth > 0)
                problems.Add(new TexGuardProblem($"{_depth} unclosed '{{'", "braces must balance", source.Length, ContextAround(source, source.Length), kind));
        }

        private int ControlSequence(int start)
        {
            var i = start + 1;
            if (i >= text.Length) return i; // TeX sees "\" and the end of the line: a control space
            if (!IsLetter(text[i]))
            {
                if (!TexCommands.Symbols.Contains(text[i]))
                    Problem($"\\{(char.IsControl(text[i]) ? $"U+{(int)text[i]:X4}" : text[i].ToString())}",
                        "only the control symbols \\, \\; \\: \\! \\  \\\\ \\{ \\} \\$ \\% \\& \\# \\_ \\| \\> \\/ \\* are allowed", start);
                return i + 1;
            }

            while (i < text.Length && IsLetter(text[i])) i++;
            var name = text[(start + 1)..i];
            if (name is "begin" or "end")
                return Environment(start, i, name);

            if (selfName is not null && name == selfName)
            {
                Problem("\\" + name, "a macro may not use itself: TeX would loop forever", start);
                return i;
            }

            if (name != definer && Refusal(name, commands) is { } reason)
            {
                var shown = name;
                // Show "\write18" rather than "\write": that is what people recognise.
                var j = i;
                while (name == "write" && j < text.Length && char.IsAsciiDigit(text[j])) j++;
                if (j > i) shown += text[i..j];
                Problem("\\" + shown, reason, start);
            }

            return i;
        }

        /// <summary><c>\begin{name}</c> / <c>\end{name}</c>: the name must be written out and allow-listed.</summary>
        private int Environment(int start, int afterName, string which)
        {
            var i = afterName;
            while (i < text.Length && (text[i] is ' ' or '\t' or '\n' or '\r' || text[i] == '%'))
                i = text[i] == '%' ? SkipComment(text, i) : i + 1;
            if (i >= text.Length || text[i] != '{')
            {
                Problem("\\" + which + " without {name}", "write the environment name in braces", start);
                return i;
            }

            var close = text.IndexOf('}', i + 1);
            if (close < 0) return i; // the brace-balance check reports it
            var env = text[(i + 1)..close].Trim();
            if (!AllowedEnvironments.Contains(env))
            {
                var reason = env == "document"
                    ? Structure
                    : $"only math environments are allowed ({string.Join(", ", AllowedEnvironments.Order(StringComparer.Ordinal))})"
                      + (kind == TexSourceKind.Formula ? "; the formula is already in math mode, so use aligned/gathered rather than align/equation" : "");
                Problem($"\\{which}{{{env}}}", reason, start);
            }

            // Return just after '{' so the braces still count towards the balance check.
            return i;
        }
    }

    /// <summary>Skips a comment like TeX: to the end of the line, the line break, and the next line's leading blanks.</summary>
    internal static int SkipComment(string s, int i)
    {
        while (i < s.Length && s[i] != '\n' && s[i] != '\r') i++;
        if (i < s.Length && s[i] == '\r') i++;
        if (i < s.Length && s[i] == '\n') i++;
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
        return i;
    }
}
