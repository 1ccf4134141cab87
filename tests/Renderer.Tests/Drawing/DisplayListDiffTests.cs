using Renderer.Frames;

namespace Renderer.Tests.Drawing;

public sealed class DisplayListDiffTests
{
    private static readonly Rgba Ink = new(10, 20, 30, 255);

    private static LineItem Line(double x) => new(new Vec2(x, 0), new Vec2(x, 10), Ink, 1);

    private static PolylineItem Curve(params double[] ys) => new(ys.Select((y, i) => new Vec2(i, y)).ToList(), Ink, 2);

    [Fact]
    public void Identical_lists_have_no_changes_even_with_fresh_point_lists()
    {
        var before = new DisplayItem[] { Line(1), Curve(1, 2, 3), Line(2) };
        var after = new DisplayItem[] { Line(1), Curve(1, 2, 3), Line(2) };
        var changes = DisplayListDiff.Compare(before, after);
        Assert.Empty(changes.Removed);
        Assert.Empty(changes.Added);
        Assert.Equal([0, 1, 2], changes.Source);
    }

    [Fact]
    public void A_changed_item_is_removed_and_added_and_the_rest_match()
    {
        var before = new DisplayItem[] { Line(1), Curve(1, 2, 3), Line(2) };
        var after = new DisplayItem[] { Line(1), Curve(1, 2, 4), Line(2), Line(3) };
        var changes = DisplayListDiff.Compare(before, after);
        Assert.Equal([1], changes.Removed);
        Assert.Equal([1, 3], changes.Added);
        Assert.Equal([0, -1, 2, -1], changes.Source);
    }

    [Fact]
    public void Matches_never_cross_so_a_swap_in_drawing_order_counts_as_a_change()
    {
        // B over A is not A over B where they overlap: at least one of them must be redrawn.
        var before = new DisplayItem[] { Line(1), Line(2) };
        var after = new DisplayItem[] { Line(2), Line(1) };
        var changes = DisplayListDiff.Compare(before, after);
        Assert.NotEmpty(changes.Added);
        Assert.NotEmpty(changes.Removed);
        var matched = changes.Source.Where(s => s >= 0).ToList();
        Assert.Equal(matched.Order(), matched);
    }

    [Fact]
    public void Duplicates_are_matched_one_to_one()
    {
        var before = new DisplayItem[] { Line(1), Line(1) };
        var after = new DisplayItem[] { Line(1), Line(1), Line(1) };
        var changes = DisplayListDiff.Compare(before, after);
        Assert.Empty(changes.Removed);
        Assert.Equal([2], changes.Added);
    }
}
