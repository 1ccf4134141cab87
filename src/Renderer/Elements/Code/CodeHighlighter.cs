using TextMateSharp.Grammars;
using TextMateSharp.Registry;
using Renderer.Themes;

namespace Renderer.Elements.Code;

/// <summary>A run of characters of one line that share a colour role.</summary>
public sealed record CodeToken(int Column, string Text, string Role);

/// <summary>
/// Splits code into coloured tokens with a TextMate grammar (TextMateSharp, the grammars VS Code ships, through
/// TextMateSharp.Grammars): the same tokens an editor would show. Runs when the scene compiles, never per frame.
/// </summary>
public static class CodeHighlighter
{
    private static readonly Lazy<(RegistryOptions Options, Registry Registry)> Shared = new(() =>
    {
        var options = new RegistryOptions(ThemeName.DarkPlus);
        return (options, new Registry(options));
    });

    // The registry caches grammars and a grammar's tokenizer keeps state between calls: one at a time.
    private static readonly Lock Gate = new();

    /// <summary>The language ids the bundled grammars know (python, csharp, javascript, ...), plus "text" for none.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["text", .. new RegistryOptions(ThemeName.DarkPlus).GetAvailableLanguages().Select(l => l.Id).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Each line's tokens, whitespace left out and neighbours of the same role merged.</summary>
    public static IReadOnlyList<IReadOnlyList<CodeToken>> Tokenize(IReadOnlyList<string> lines, string language)
    {
        if (language == "text") return [.. lines.Select(l => (IReadOnlyList<CodeToken>)Merge(l, [(0, l.Length, "text")]))];
        lock (Gate)
        {
            var (options, registry) = Shared.Value;
            var grammar = registry.LoadGrammar(options.GetScopeByLanguageId(language))
                ?? throw new InvalidOperationException($"no grammar for '{language}'");
            IStateStack? state = null;
            var result = new List<IReadOnlyList<CodeToken>>();
            foreach (var line in lines)
            {
                // A time limit keeps a pathological line from stalling the compile; what is left is plain text.
                var tokenized = grammar.TokenizeLine(line, state, TimeSpan.FromSeconds(1));
                state = tokenized.RuleStack;
                var spans = tokenized.Tokens.Select(t => (Math.Min(t.StartIndex, line.Length), Math.Min(t.EndIndex, line.Length), CodePalette.RoleOf(t.Scopes))).ToList();
                var covered = spans.Count == 0 ? 0 : spans[^1].Item2;
                if (covered < line.Length) spans.Add((covered, line.Length, "text"));
                result.Add(Merge(line, spans));
            }
            return result;
        }
    }

    // Blanks draw nothing: each token starts at its first visible character (the font is monospaced, so a column is
    // a position), and neighbours of one role become one token, blanks between them included.
    private static List<CodeToken> Merge(string line, IReadOnlyList<(int Start, int End, string Role)> spans)
    {
        var tokens = new List<CodeToken>();
        foreach (var (start, end, role) in spans)
        {
            if (end <= start) continue;
            var text = line[start..end];
            var visible = text.Trim();
            if (visible.Length == 0) continue;
            var column = start + text.Length - text.TrimStart().Length;
            if (tokens.Count > 0 && tokens[^1].Role == role)
            {
                var previous = tokens[^1];
                tokens[^1] = previous with { Text = previous.Text + new string(' ', column - previous.Column - previous.Text.Length) + visible };
            }
            else tokens.Add(new CodeToken(column, visible, role));
        }
        return tokens;
    }
}
