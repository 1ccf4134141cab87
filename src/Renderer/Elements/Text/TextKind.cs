using Renderer.Elements.Shared;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Text;

/// <summary><c>text</c>: a paragraph with inline maths.</summary>
public sealed class TextKind : ElementKind<TextElementSpec>
{
    private static readonly EnumKey<TextRole> Role = new("role", "Size and weight.", new Dictionary<string, TextRole>
    {
        ["title"] = TextRole.Title, ["heading"] = TextRole.Heading, ["body"] = TextRole.Body, ["small"] = TextRole.Small,
    }, TextRole.Body);

    public override string Name => "text";

    public override string Summary => "A paragraph, wrapped to its box and centred in it vertically. Inline maths between `$...$` is typeset by TeX; write `\\$` for a dollar sign.";

    public override Key Main { get; } = new TextKey("text", "The text; inline $maths$.");

    public override IReadOnlyList<Key> Keys => [Role, SharedElementKeys.Align, SharedElementKeys.TextColor];

    public override string Example => "{ text: 'Each draw from $P$ costs $-\\log_2 Q(x)$ bits.', role: body, align: left, at: right }";

    public override ElementSpec? Read(ElementReading reading) =>
        reading.MainString() is { } text
            ? new TextElementSpec(reading.Common, text, Role.Get(reading.Map), SharedElementKeys.Align.Get(reading.Map), SharedElementKeys.TextColor.Get(reading.Map))
            : null;

    protected override ISlideElement Compile(TextElementSpec spec, ElementCompileContext context) => new TextElement(spec, context);

    protected override IEnumerable<SceneTex> TexOf(TextElementSpec spec) => [SceneTex.InlineText(spec.Text)];
}
