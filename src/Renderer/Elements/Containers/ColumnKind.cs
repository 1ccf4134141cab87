using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Containers;

/// <summary><c>column</c>: children top to bottom, sharing the height by weight.</summary>
public sealed class ColumnKind : ContainerKind
{
    public override string Name => "column";
    public override string Summary => "Places its children top to bottom, sharing the height by `weights` with `gap` between them.";
    public override IReadOnlyList<Key> Keys => [Gap, Weights];
    public override string Example => "{ column: [{ text: 'Self-information:', align: left }, { math: 'I_P(x) = -\\log_2 P(x)' }], weights: [1, 2], at: left }";
    protected override ContainerDirection Direction => ContainerDirection.Column;
}
