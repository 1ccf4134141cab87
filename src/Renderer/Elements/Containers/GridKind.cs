using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;

namespace Renderer.Elements.Containers;

/// <summary><c>grid</c>: children in equal cells, row by row.</summary>
public sealed class GridKind : ContainerKind
{
    private static readonly IntKey ColumnsKey = new("columns", "Cells per row.", 1, 12, 2);

    public override string Name => "grid";
    public override string Summary => "Places its children in equal cells, `columns` per row, filled row by row, with `gap` between cells.";
    public override IReadOnlyList<Key> Keys => [ColumnsKey, Gap];
    public override string Example => "{ grid: [{ text: A }, { text: B }, { text: C }, { text: D }], columns: 2, at: right }";
    protected override ContainerDirection Direction => ContainerDirection.Grid;
    protected override int Columns(MapReader map) => ColumnsKey.Get(map);
}
