using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Containers;

/// <summary><c>stack</c>: children on top of one another in the same box.</summary>
public sealed class StackKind : ContainerKind
{
    public override string Name => "stack";
    public override string Summary => "Gives every child the whole box, later children drawn over earlier ones (a label over a picture, two states that cross-fade); the layout check lets them overlap.";
    public override IReadOnlyList<Key> Keys => [];
    public override string Example => "{ stack: [{ density-plot: T }, { text: 'two peaks', role: small, align: right }], at: top }";
    protected override ContainerDirection Direction => ContainerDirection.Stack;
}
