using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Renderer.Typesetting;

/// <summary>
/// One entry of a scene's <c>tex.macros</c>, parsed: exactly one definition and nothing else.
/// </summary>
/// <remarks>
/// Accepted forms (a star is allowed after the definer):
/// <list type="bullet">
/// <item><c>\newcommand{\name}[n][default]{body}</c>: a new name, not one of the allow-listed commands nor a reserved
///   one; LaTeX itself refuses a name that exists, so an existing command can never be smuggled in under a new name.</item>
/// <item><c>\renewcommand{\name}[n][default]{body}</c>: only an allow-listed maths command or an earlier macro.</item>
/// <item><c>\DeclareMathOperator{\name}{body}</c>: as <c>\newcommand</c>.</item>
/// <item><c>\definecolor{name}{model}{values}</c> with model rgb, RGB, gray, cmyk or HTML.</item>
/// </list>
/// Bodies are checked like formulas against the commands known before this entry, so a macro can use earlier macros
/// but never itself or a later one: no definition can recurse. <c>\providecommand</c> is refused: it silently keeps an
/// existing command, which would let a scene put any LaTeX command on its own allow-list.
/// </remarks>
public sealed partial class TexMacroDefinition
{
    private static readonly FrozenSet<string> ColourModels = new[] { "rgb", "RGB", "gray", "cmyk", "HTML" }.ToFrozenSet(StringComparer.Ordinal);

    private TexMacroDefinition(string definer, string? command)
    {
        Definer = definer;
        Command = command;
    }

    /// <summary><c>newcommand</c>, <c>renewcommand</c>, <c>DeclareMathOperator</c> or <c>definecolor</c>.</summary>
    public string Definer { get; }

    /// <summary>The control word it makes usable (without backslash); null for a colour.</summary>
    public string? Command { get; }

    /// <summary>Parses <paramref name="source"/> with <paramref name="known"/> the commands defined before it.</summary>
    public static (TexMacroDefinition? Definition, IReadOnlyList<TexGuardProblem> Problems) Parse(string source, IReadOnlySet<string> known)
    {
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<TexGuardProblem>();
        if (source.Length > TexSourceGuard.MaxSourceLength)
            return (null, TexSourceGuard.Scan(source, TexSourceKind.PreambleMacro, known, 0));

        TexSourceGuard.CheckBackslashCarets(source, TexSourceKind.PreambleMacro, problems);
        if (problems.Count > 0) return (null, problems);
        var (text, origins) = TexCaretDecoder.Decode(source);
        var p = new Cursor(source, text, origins, problems);
        var definition = p.Definition(known);
        if (problems.Count > 0) return (null, problems);
        // Whatever the structure, every token must pass too (this also catches \^^ and control characters).
        if (TexSourceGuardBackstop(source, known, definition) is { Count: > 0 } more) return (null, more);
        return (definition, problems);
    }

    private static List<TexGuardProblem> TexSourceGuardBackstop(string source, IReadOnlySet<string> known, TexMacroDefinition? definition)
    {
        // The definer itself and the new name are the only tokens outside the allow-list a definition may hold.
        var allowed = new HashSet<string>(known, StringComparer.Ordinal);
        if (definition!.Command is { } name) allowed.Add(name);
        return TexSourceGuard.Scan(source, TexSourceKind.PreambleMacro, allowed.ToFrozenSet(StringComparer.Ordinal), 9, definer: definition.Definer);
    }

    private sealed partial class Cursor(string source, string text, int[] origins, List<TexGuardProblem> problems)
    {
        private int _i;

        private void Problem(string construct, string reason, int decodedIndex)
        {
            var at = decodedIndex < origins.Length ? origins[decodedIndex] : source.Length;
            problems.Add(new TexGuardProblem(construct, reason, at, TexSourceGuard.ContextAround(source, at), TexSourceKind.PreambleMacro));
        }

        public TexMacroDefinition? Definition(IReadOnlySet<string> known)
        {
            SkipBlanks();
            var start = _i;
            var definer = ControlWord();
            switch (definer)
            {
                case "newcommand" or "renewcommand" or "DeclareMathOperator":
                    return Command(definer, start, known);
                case "definecolor":
                    return Colour(start);
                case "providecommand":
                    Problem("\\providecommand", "use \\newcommand: \\providecommand silently keeps an existing command of that name", start);
                    return null;
                default:
                    Problem(definer is null ? "a preamble macro" : "\\" + definer,
                        "a preamble macro must be one definition starting with \\newcommand, \\renewcommand, \\DeclareMathOperator or \\definecolor",
                        start);
                    return null;
            }
        }

        private TexMacroDefinition? Command(string definer, int start, IReadOnlySet<string> known)
        {
            if (Peek('*')) _i++;
            SkipBlanks();
            var nameAt = _i;
            var braced = Peek('{');
            if (braced)
            {
                _i++;
                SkipBlanks();
            }

            var name = ControlWord();
            if (name is null)
            {
                Problem($"\\{definer} without a name", "write the name as a control word, e.g. \\newcommand{\\KL}{…}", nameAt);
                return null;
            }

            if (braced)
            {
                SkipBlanks();
                if (!Peek('}'))
                {
                    Problem($"\\{definer}{{\\{name}…", "the braces around the name must hold the name alone", nameAt);
                    return null;
                }

                _i++;
            }

            if (definer == "renewcommand")
            {
                if (!known.Contains(name))
                {
                    Problem("\\" + name, TexSourceGuard.Reserved.TryGetValue(name, out var why)
                        ? why
                        : "only an allow-listed maths command or an earlier macro of the scene can be redefined", nameAt);
                    return null;
                }
            }
            else if (TexSourceGuard.Reserved.TryGetValue(name, out var reason) || name.StartsWith("pdf", StringComparison.Ordinal))
            {
                Problem("\\" + name, reason ?? "pdfTeX primitives cannot be defined", nameAt);
                return null;
            }
            else if (known.Contains(name))
            {
                Problem("\\" + name, "it is already defined; use \\renewcommand to change it", nameAt);
                return null;
            }
            else if (name.StartsWith("end", StringComparison.Ordinal))
            {
                Problem("\\" + name, "LaTeX reserves names starting with 'end' for environments", nameAt);
                return null;
            }

            var parameters = 0;
            if (definer != "DeclareMathOperator")
            {
                SkipBlanks();
                if (Peek('['))
                {
                    var countAt = _i;
                    var count = Bracketed();
                    if (count is null || count.Trim() is not { Length: 1 } digit || digit[0] is < '0' or > '9')
                    {
                        Problem($"[{count}]", "the number of parameters must be a digit from 0 to 9", countAt);
                        return null;
                    }

                    parameters = digit[0] - '0';
                    SkipBlanks();
                    if (Peek('['))
                    {
                        var defaultAt = _i;
                        if (Bracketed() is { } optional)
                            problems.AddRange(Shifted(TexSourceGuard.Scan(optional, TexSourceKind.PreambleMacro, known, 0), defaultAt + 1));
                        else
                            Problem("'['", "the default value's ']' is missing", defaultAt);
                    }
                }
            }

            SkipBlanks();
            var bodyAt = _i;
            var body = Braced();
            if (body is null)
            {
                Problem($"\\{name}'s definition", "the body must follow in braces, e.g. {D_{\\mathrm{KL}}}", bodyAt);
                return null;
            }

            problems.AddRange(Shifted(TexSourceGuard.Scan(body, TexSourceKind.PreambleMacro, known, parameters, selfName: name), bodyAt + 1));
            Rest(name);
            return problems.Count == 0 ? new TexMacroDefinition(definer, name) : null;
        }

        private TexMacroDefinition? Colour(int start)
        {
            SkipBlanks();
            var name = Braced();
            SkipBlanks();
            var model = Braced();
            SkipBlanks();
            var values = Braced();
            if (name is null || model is null || values is null)
            {
                Problem("\\definecolor", "write \\definecolor{name}{model}{values}, e.g. \\definecolor{accent}{rgb}{0.9,0.6,0}", start);
                return null;
            }

            if (!ColourName().IsMatch(name))
                Problem($"colour name '{name}'", "use letters, digits and '-', starting with a letter", start);
            if (!ColourModels.Contains(model.Trim()))
                Problem($"colour model '{model}'", $"use one of {string.Join(", ", ColourModels)}", start);
            if (!ColourValues().IsMatch(values))
                Problem($"colour values '{values}'", "write numbers separated by commas (or six hex digits for HTML)", start);
            Rest("the colour");
            return problems.Count == 0 ? new TexMacroDefinition("definecolor", null) : null;
        }

        /// <summary>Nothing but blanks and comments may follow the definition.</summary>
        private void Rest(string what)
        {
            SkipBlanks();
            if (_i < text.Length)
            {
                var rest = text[_i..].Trim();
                Problem($"'{(rest.Length > 20 ? rest[..20] + "…" : rest)}' after the definition of {(what.StartsWith("the", StringComparison.Ordinal) ? what : "\\" + what)}",
                    "each tex.macros entry holds exactly one definition and nothing else", _i);
            }
        }

        private List<TexGuardProblem> Shifted(List<TexGuardProblem> inner, int decodedOffset)
        {
            // Inner problems were found in a substring of the decoded text; point them back into the source.
            int Map(int index) => decodedOffset + index < origins.Length ? origins[decodedOffset + index] : source.Length;
            return inner.Select(q => q with { Index = Map(q.Index), Context = TexSourceGuard.ContextAround(source, Map(q.Index)) }).ToList();
        }

        private bool Peek(char c) => _i < text.Length && text[_i] == c;

        private string? ControlWord()
        {
            if (!Peek('\\')) return null;
            var j = _i + 1;
            while (j < text.Length && char.IsAsciiLetter(text[j])) j++;
            if (j == _i + 1) return null;
            var name = text[(_i + 1)..j];
            _i = j;
            return name;
        }

        /// <summary>A balanced <c>{…}</c> group's content (braces escaped with a backslash do not count), or null.</summary>
        private string? Braced()
        {
            if (!Peek('{')) return null;
            var depth = 0;
            for (var j = _i; j < text.Length; j++)
            {
                switch (text[j])
                {
                    case '\\':
                        j++;
                        break;
                    case '%':
                        j = TexSourceGuard.SkipComment(text, j) - 1;
                        break;
                    case '{':
                        depth++;
                        break;
                    case '}' when --depth == 0:
                        var content = text[(_i + 1)..j];
                        _i = j + 1;
                        return content;
                }
            }

            return null;
        }

        private string? Bracketed()
        {
            if (!Peek('[')) return null;
            var close = text.IndexOf(']', _i + 1);
            if (close < 0) return null;
            var content = text[(_i + 1)..close];
            _i = close + 1;
            return content;
        }

        private void SkipBlanks()
        {
            while (_i < text.Length)
            {
                if (text[_i] is ' ' or '\t' or '\n' or '\r') _i++;
                else if (text[_i] == '%') _i = TexSourceGuard.SkipComment(text, _i);
                else break;
            }
        }

        [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]*$")]
        private static partial Regex ColourName();

        [GeneratedRegex(@"^\s*[0-9A-Fa-f.]+(\s*,\s*[0-9A-Fa-f.]+)*\s*$")]
        private static partial Regex ColourValues();
    }
}
