using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;

namespace Renderer.Elements.Containers;

/// <summary><c>row</c>: children side by side, sharing the width by weight; a column in a portrait frame.</summary>
public sealed class RowKind : ContainerKind
{
    private static readonly BoolKey ReflowKey = new("reflow", "Stack the children top to bottom when the slide's content region is taller than wide (a portrait frame).", true);

    public override string Name => "row";
    public override string Summary => "Places its children side by side, sharing the width by `weights` with `gap` between them. In a region taller than wide (a portrait frame) it stacks them instead, unless `reflow: false`.";
    public override IReadOnlyList<Key> Keys => [Gap, Weights, ReflowKey];
    public override string Example => "{ row: [{ bars: [P, Q] }, { running-mean: ce }], weights: [1, 2], at: full }";
    protected override ContainerDirection Direction => ContainerDirection.Row;
    protected override bool Reflow(MapReader map) => ReflowKey.Get(map);
}
