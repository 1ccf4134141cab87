namespace Renderer.Scenes.Model;

/// <summary>How a container divides its box among its children, like CSS flex and grid.</summary>
public enum ContainerDirection { Row, Column, Grid, Stack }

/// <summary>
/// A container's rule for its children's boxes: a row or column shares its main axis by weight with a gap between
/// children (a row becomes a column in a region taller than wide, unless <see cref="Reflow"/> is off); a grid has
/// equal cells, <see cref="Columns"/> per row; a stack gives every child the whole box (one above the other).
/// </summary>
/// <param name="Gap">Between neighbours, in the region's units (design units).</param>
public sealed record ContainerLayout(ContainerDirection Direction, IReadOnlyList<double> Weights, double Gap, int Columns = 1, bool Reflow = true)
{
    public Rect Slot(Rect box, int index, bool stacked)
    {
        var count = Weights.Count;
        switch (Direction)
        {
            case ContainerDirection.Stack:
                return box;
            case ContainerDirection.Grid:
            {
                var columns = Math.Clamp(Columns, 1, count);
                var rows = (count + columns - 1) / columns;
                var w = (box.Width - Gap * (columns - 1)) / columns;
                var h = (box.Height - Gap * (rows - 1)) / rows;
                var (row, column) = (index / columns, index % columns);
                return new Rect(box.X + column * (w + Gap), box.Y + row * (h + Gap), Math.Max(0, w), Math.Max(0, h));
            }
            default:
            {
                var horizontal = Direction == ContainerDirection.Row && !(stacked && Reflow);
                var length = (horizontal ? box.Width : box.Height) - Gap * (count - 1);
                var total = Weights.Sum();
                var before = Weights.Take(index).Sum();
                var start = length * before / total + Gap * index;
                var size = Math.Max(0, length * Weights[index] / total);
                return horizontal
                    ? new Rect(box.X + start, box.Y, size, box.Height)
                    : new Rect(box.X, box.Y + start, box.Width, size);
            }
        }
    }
}
