using System.Text.Json.Nodes;
using Renderer.Elements.Shared;
using Renderer.Elements.Text;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;
using YamlDotNet.RepresentationModel;

namespace Renderer.Elements.List;

/// <summary><c>list</c>: bullet or numbered items, nested, revealed at once or one by one.</summary>
public sealed class ListKind : ElementKind<ListElementSpec>
{
    /// <summary>Items nest at most this deep (an item, its sub-item, and one more), which slides need and stay readable with.</summary>
    public const int MaxDepth = 3;

    private static readonly EnumKey<ListMarker> Marker = new("marker", "What stands before each item: bullet (•, then ◦ and – when nested), number (1. 2. 3. at every level) or none.",
        new Dictionary<string, ListMarker> { ["bullet"] = ListMarker.Bullet, ["number"] = ListMarker.Number, ["none"] = ListMarker.None }, ListMarker.Bullet);

    private static readonly EnumKey<TextRole> Role = new("role", "Size of the text (shrunk, like text, if the list does not fit).",
        new Dictionary<string, TextRole> { ["heading"] = TextRole.Heading, ["body"] = TextRole.Body, ["small"] = TextRole.Small }, TextRole.Body);

    private static readonly EnumKey<ListReveal> Reveal = new("reveal", "all: every item is there when the list enters; one-by-one: items come in one after another (depth first), `step` apart from `start`, each fading and sliding in.",
        new Dictionary<string, ListReveal> { ["all"] = ListReveal.All, ["one-by-one"] = ListReveal.OneByOne }, ListReveal.All);

    private static readonly ColorKey MarkerColor = new("marker-color", "Colour of the bullets or numbers.", "muted");

    public override string Name => "list";

    public override string Summary =>
        "A bullet or numbered list. Each item is a text with inline `$maths$` (wrapped, with a hanging indent so wrapped lines start under the text, not the marker), " +
        "or `{ text, items }` for an item with sub-items (up to " + MaxDepth + " levels). With `reveal: one-by-one` the items come in one after another, eased.";

    public override Key Main { get; } = new CustomKey("list", "The items: each a text, or { text, items } with nested items.", "list of items", ItemsSchema);

    public override IReadOnlyList<Key> Keys => [Marker, Role, SharedElementKeys.TextColor, MarkerColor, Reveal, StepReveal.StartKey, StepReveal.StepKey];

    public override string Example =>
        "{ list: ['Draw $x \\sim P$', { text: 'Score it with $-\\log_2 Q(x)$', items: ['short codes for likely outcomes', 'long codes for rare ones'] }, 'Average the scores'], reveal: one-by-one, step: 0.8s, at: left }";

    private static JsonNode ItemsSchema() => ItemsSchema(1);

    // Spelled out level by level (the depth is bounded), so the schema needs no recursive reference.
    private static JsonObject ItemsSchema(int depth)
    {
        var text = JsonSchemas.Str("The item's text; inline $maths$.");
        var properties = new JsonObject { ["text"] = JsonSchemas.Str("The item's text; inline $maths$.") };
        if (depth < MaxDepth) properties["items"] = ItemsSchema(depth + 1);
        var withItems = JsonSchemas.Obj(properties, "text");
        return new JsonObject { ["type"] = "array", ["minItems"] = 1, ["description"] = depth == 1 ? "The items." : "Sub-items.", ["items"] = JsonSchemas.AnyOf("An item: a text, or { text, items }.", text, withItems) };
    }

    public override ElementSpec? Read(ElementReading reading)
    {
        var items = ReadItems(reading.Map.Context, reading.Main, 1);
        if (items is null) return null;
        var map = reading.Map;
        return new ListElementSpec(reading.Common, items, Marker.Get(map), Role.Get(map), SharedElementKeys.TextColor.Get(map), MarkerColor.Get(map), Reveal.Get(map), StepReveal.Read(map));
    }

    private static List<ListItemSpec>? ReadItems(YamlContext context, YamlNode node, int depth)
    {
        if (node is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            context.Error(node, node is YamlSequenceNode ? "a list needs at least one item" : "'list' must be a list of items",
                "e.g. list: ['first point', { text: 'second point', items: ['a detail'] }]");
            return null;
        }
        if (depth > MaxDepth)
        {
            context.Error(node, $"items nest at most {MaxDepth} levels deep", "flatten the list, or split it over two slides");
            return null;
        }
        var items = new List<ListItemSpec>();
        var ok = true;
        foreach (var child in sequence)
        {
            var item = child switch
            {
                YamlScalarNode { Value: { } text } => new ListItemSpec(text, []),
                YamlMappingNode mapping => ReadItem(context, mapping, depth),
                _ => Bad(context, child),
            };
            if (item is null) ok = false;
            else items.Add(item);
        }
        return ok ? items : null;
    }

    private static ListItemSpec? ReadItem(YamlContext context, YamlMappingNode mapping, int depth)
    {
        var map = new MapReader(context, mapping, "a list item", ["text", "items"]);
        var text = map.String("text", required: true, hint: "e.g. { text: 'a point', items: ['a detail'] }");
        var children = map.Value("items") is { } nested ? ReadItems(context, nested, depth + 1) : [];
        return text is null || children is null ? null : new ListItemSpec(text, children);
    }

    private static ListItemSpec? Bad(YamlContext context, YamlNode node)
    {
        context.Error(node, "a list item must be a text or { text, items }", "e.g. - 'a point' or - { text: 'a point', items: ['a detail'] }");
        return null;
    }

    protected override ISlideElement Compile(ListElementSpec spec, ElementCompileContext context) => new ListElement(spec, context);

    protected override IEnumerable<SceneTex> TexOf(ListElementSpec spec) => spec.Flatten().Select(i => SceneTex.InlineText(i.Item.Text));
}
