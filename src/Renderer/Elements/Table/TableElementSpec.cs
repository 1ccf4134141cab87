using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Timeline;

namespace Renderer.Elements.Table;

/// <summary>A table of cells (text with inline maths), the first row a header, columns aligned, cells or rows highlighted over time.</summary>
public sealed record TableElementSpec(ElementCommon Common, IReadOnlyList<IReadOnlyList<string>> Rows, bool Header, IReadOnlyList<TextAlign> Align,
    IReadOnlyList<TableHighlight> Highlights, string Color) : ElementSpec(Common)
{
    public int Columns => Rows[0].Count;
}

/// <summary>
/// A highlight behind a cell, a row or a column (numbered from 1 as written, the header being row 1), shown from
/// <see cref="From"/> until <see cref="To"/> (the slide's end when null).
/// </summary>
public sealed record TableHighlight(SourcePosition At, int? Row, int? Column, Duration From, Duration? To, string Color);
