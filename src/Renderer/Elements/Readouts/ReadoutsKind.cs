using System.Text.Json.Nodes;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;
using YamlDotNet.RepresentationModel;

namespace Renderer.Elements.Readouts;

/// <summary><c>readouts</c>: labelled numbers read from simulations at the slide's cursors.</summary>
public sealed class ReadoutsKind : ElementKind<ReadoutsElementSpec>
{
    private static readonly TextKey Label = new("label", "What the number is; inline $maths$.");
    private static readonly CustomKey ValueKey = new("value", "simulation.value (e.g. ce.mean), a number, or an expression of parameters (e.g. mu), which counts along as a slide moves them.", "simulation.value, number or expression",
        () => new JsonObject { ["type"] = new JsonArray("string", "number") });
    private static readonly IntKey Digits = new("digits", "Digits after the point.", 0, 9, 3);
    private static readonly TextKey Unit = new("unit", "Unit after the number, e.g. bits.");
    private static readonly ColorKey Color = new("color", "Colour of the number.", "text");
    private static readonly IReadOnlyList<Key> ItemKeys = [Label, ValueKey, Digits, Unit, Color];

    private static readonly EnumKey<ReadoutLayout> Layout = new("layout", "column: one per row (a column taller than its box sets its cells side by side when they fit); row: side by side, each label above its number (a row too wide for its box becomes a column).",
        new Dictionary<string, ReadoutLayout> { ["column"] = ReadoutLayout.Column, ["row"] = ReadoutLayout.Row }, ReadoutLayout.Column);

    public override string Name => "readouts";

    public override string Summary =>
        "Labelled numbers in a panel, each a simulation's value (see each simulation kind's readouts) or a literal, " +
        "read at the slide's cursors, so a number that changes while the slide plays counts along (in tabular figures, so it does not jitter). " +
        "An estimate from samples is shown with ± its standard error, and a panel that shows both exact and sampled numbers tags each row " +
        "`exact` or `sampled`.";

    public override Key Main { get; } = new CustomKey("readouts", "A list of { label, value, digits, unit, color }.", "list of readouts", () =>
    {
        var properties = new JsonObject();
        foreach (var key in ItemKeys) properties[key.Name] = key.Schema();
        return new JsonObject { ["type"] = "array", ["items"] = JsonSchemas.Obj(properties, "label", "value") };
    });

    public override IReadOnlyList<Key> Keys => [Layout];

    public override string Example => "{ readouts: [{ label: 'estimate', value: ce.mean, digits: 3, unit: bits }, { label: 'exact $H(P,Q)$', value: ce.exact, color: q }], box: [0.1, 0, 0.8, 0.6] }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var (map, main, references) = (reading.Map, reading.Main, reading.References);
        if (main is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            map.Context.Error(main, "'readouts' needs a list of readouts", "e.g. readouts: [{ label: 'estimate', value: ce.mean }]");
            return null;
        }
        var items = new List<ReadoutSpec>();
        foreach (var child in seq)
        {
            if (child is not YamlMappingNode node)
            {
                map.Context.Error(child, "each readout must be a mapping", "e.g. { label: 'estimate', value: ce.mean, digits: 3 }");
                continue;
            }
            var r = new MapReader(map.Context, node, "a readout", ItemKeys.Select(k => k.Name).ToList());
            var label = r.String(Label.Name, required: true, hint: "what the number is, e.g. label: 'H(P,Q)'");
            var valueNode = r.Value(ValueKey.Name);
            if (valueNode is null) map.Context.Diagnostics.Error(r.Position, "a readout needs a 'value'", "e.g. value: ce.mean");
            var value = valueNode is null ? null : references.Value(valueNode);
            if (label is not null && value is not null)
                items.Add(new ReadoutSpec(label, value, Digits.Get(r), Unit.Read(r), Color.Get(r)));
        }
        return new ReadoutsElementSpec(reading.Common, items, Layout.Get(map));
    }

    protected override ISlideElement Compile(ReadoutsElementSpec spec, ElementCompileContext context) => new ReadoutsElement(spec, context);

    protected override IEnumerable<SceneTex> TexOf(ReadoutsElementSpec spec) => spec.Items.Select(i => SceneTex.InlineText(i.Label));
}
