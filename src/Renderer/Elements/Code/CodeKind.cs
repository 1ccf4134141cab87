using System.Globalization;
using System.Text.Json.Nodes;
using Renderer.Elements.Shared;
using Renderer.Kinds;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;
using Renderer.Timeline;
using YamlDotNet.RepresentationModel;

namespace Renderer.Elements.Code;

/// <summary><c>code</c>: source code, syntax-highlighted, with line highlights and a line-by-line reveal.</summary>
public sealed class CodeKind : ElementKind<CodeElementSpec>
{
    /// <summary>More lines than this do not fit a slide at a readable size.</summary>
    public const int MaxLines = 40;

    private static readonly CustomKey Language = new("language", "The grammar that colours the code: " + string.Join(", ", CodeHighlighter.Languages) + ".", "language",
        () => JsonSchemas.Enum(CodeHighlighter.Languages, ""), "text");

    private static readonly BoolKey Numbers = new("numbers", "Line numbers in the margin.", false);

    private static readonly CustomKey LinesKey = new("lines", "A line (from 1) or [first, last].", "line or [first, last]",
        () => JsonSchemas.AnyOf("", JsonSchemas.Int(1, MaxLines, ""), new JsonObject { ["type"] = "array", ["items"] = JsonSchemas.Int(1, MaxLines, ""), ["minItems"] = 2, ["maxItems"] = 2 }));
    private static readonly DurationKey From = new("from", "When the highlight appears, from the slide's start.", "0s");
    private static readonly DurationKey To = new("to", "When it goes (default: at the slide's end).");
    private static readonly ColorKey HighlightColor = new("color", "Colour of the highlight.", "highlight");
    private static readonly IReadOnlyList<Key> HighlightKeys = [LinesKey, From, To, HighlightColor];

    private static readonly CustomKey Highlights = new("highlight", "Lines to tint: each a line number (for the whole slide) or { lines, from, to, color }.", "list of highlights",
        () => new JsonObject
        {
            ["type"] = "array",
            ["items"] = JsonSchemas.AnyOf("", JsonSchemas.Int(1, MaxLines, "A line, highlighted for the whole slide."),
                JsonSchemas.Obj(new JsonObject(HighlightKeys.Select(k => KeyValuePair.Create(k.Name, (JsonNode?)k.Schema()))), "lines")),
        });

    private static readonly EnumKey<CodeReveal> Reveal = new("reveal", "all: the whole block at once; line-by-line: lines come in one after another (blank lines take no step), `step` apart from `start`.",
        new Dictionary<string, CodeReveal> { ["all"] = CodeReveal.All, ["line-by-line"] = CodeReveal.LineByLine }, CodeReveal.All);

    public override string Name => "code";

    public override string Summary =>
        "Source code in a monospaced face (DejaVu Sans Mono) on a panel, coloured by the language's TextMate grammar (the grammars VS Code uses) with the theme's colour roles: " +
        "keywords P blue, strings accent green, numbers and constants Q orange, function names reference pink, comments muted. Write it as a YAML block (`code: |`); tabs count as 4 spaces. " +
        "It shrinks (down to the smallest readable size) to fit its box. `highlight` tints lines over a time range; `reveal: line-by-line` brings lines in one after another.";

    public override Key Main { get; } = new TextKey("code", "The code; a YAML block scalar (code: |) keeps its lines.", "code");

    public override IReadOnlyList<Key> Keys => [Language, Numbers, Highlights, Reveal, StepReveal.StartKey, StepReveal.StepKey];

    public override string Example =>
        "{ code: \"def cross_entropy(p, q):\\n    # bits per draw from p, coded for q\\n    return -sum(pi * log2(qi) for pi, qi in zip(p, q))\\n\", language: python, numbers: true, highlight: [{ lines: 3, from: 1s }] }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var (map, context) = (reading.Map, reading.Context);
        var code = reading.MainString();
        var language = map.String(Language.Name) ?? "text";
        var ok = code is not null;
        if (!CodeHighlighter.Languages.Contains(language))
        {
            context.Error(map.Value(Language.Name)!, $"no grammar for the language '{language}'", Suggestions.Hint(language, CodeHighlighter.Languages.ToList()));
            ok = false;
        }
        if (code is null) return null;
        // A block scalar ends with a newline (or several, with |+): they are not lines of the code.
        var lines = code.Replace("\r", "").TrimEnd('\n').Split('\n').Select(l => l.Replace("\t", "    ")).ToList();
        if (code.Trim().Length == 0)
        {
            context.Error(reading.Main, "the code is empty", "write it as a block: code: | and the lines below, indented");
            return null;
        }
        if (lines.Count > MaxLines)
        {
            context.Error(reading.Main, $"the code has {lines.Count} lines; a slide shows at most {MaxLines}", "show the part that matters, or split it over slides");
            return null;
        }
        var highlights = new List<CodeHighlight>();
        if (map.Sequence(Highlights.Name) is { } list)
            foreach (var node in list)
            {
                if (ReadHighlight(context, node, lines.Count) is { } h) highlights.Add(h);
                else ok = false;
            }
        var reveal = Reveal.Get(map);
        var timing = StepReveal.Read(map);
        var numbers = Numbers.Get(map);
        return ok ? new CodeElementSpec(reading.Common, lines, language, numbers, highlights, reveal, timing) : null;
    }

    private static CodeHighlight? ReadHighlight(YamlContext context, YamlNode node, int count)
    {
        if (node is YamlScalarNode)
            return Line(context, node, count) is { } line ? new CodeHighlight(context.At(node), line, line, Duration.Zero, null, "highlight") : null;
        if (node is not YamlMappingNode mapping)
        {
            context.Error(node, "a highlight must be a line number or { lines, from, to, color }", "e.g. highlight: [3, { lines: [5, 7], from: 2s }]");
            return null;
        }
        var map = new MapReader(context, mapping, "a code highlight", HighlightKeys.Select(k => k.Name).ToList());
        int? first = null, last = null;
        var ok = true;
        switch (map.Value(LinesKey.Name))
        {
            case null:
                context.Error(node, "a highlight needs 'lines'", "e.g. { lines: 3 } or { lines: [3, 5] }");
                ok = false;
                break;
            case YamlSequenceNode { Children.Count: 2 } pair:
                (first, last) = (Line(context, pair.Children[0], count), Line(context, pair.Children[1], count));
                if (first > last)
                {
                    context.Error(pair, $"the lines run backwards ({first} to {last})", "write [first, last]");
                    ok = false;
                }
                break;
            case YamlScalarNode single:
                first = last = Line(context, single, count);
                break;
            case var other:
                context.Error(other, "'lines' must be a line or [first, last]", "e.g. lines: [3, 5]");
                ok = false;
                break;
        }
        var start = From.Read(map);
        var to = To.Read(map);
        if (map.Has(From.Name) && start is null || map.Has(To.Name) && to is null) ok = false;
        var from = start ?? Duration.Zero;
        if (to is { } end && end.Unit == from.Unit && end.Amount <= from.Amount)
        {
            context.Error(map.Value(To.Name)!, "the highlight ends before it begins", $"give 'to' a time after 'from' ({from})");
            ok = false;
        }
        var color = HighlightColor.Get(map);
        return ok && first is { } f && last is { } l ? new CodeHighlight(context.At(node), f, l, from, to, color) : null;
    }

    private static int? Line(YamlContext context, YamlNode node, int count)
    {
        if (node is YamlScalarNode { Value: { } s } && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 1 && i <= count) return i;
        context.Error(node, $"there is no line {(node as YamlScalarNode)?.Value} in this code", $"lines are numbered from 1 to {count}");
        return null;
    }

    protected override ISlideElement Compile(CodeElementSpec spec, ElementCompileContext context) => new CodeElement(spec, context);
}
