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

    [Fact]
    public void The_matching_is_the_greedy_one_on_random_lists_with_duplicates_and_shared_hashes()
    {
        // Few distinct items, so lists repeat items; curves that differ only past their hashed points share a hash.
        var pool = new DisplayItem[] { Line(1), Line(2), Line(3), Curve(0, 1, 0, 5), Curve(0, 1, 0, 6), Curve(0, 2, 0, 5), Curve(0, 1, 0, 7, 9) };
        Assert.Equal(DisplayItemComparer.Instance.GetHashCode(Curve(0, 1, 0, 5)), DisplayItemComparer.Instance.GetHashCode(Curve(0, 2, 0, 5)));
        var random = new Random(21);
        for (var round = 0; round < 500; round++)
        {
            // Items rebuilt each time, as frame evaluation does: equal, never the same objects.
            DisplayItem Fresh(DisplayItem item) => item switch
            {
                PolylineItem p => p with { Points = [.. p.Points] },
                _ => item with { },
            };
            var before = Enumerable.Range(0, random.Next(0, 12)).Select(_ => Fresh(pool[random.Next(pool.Length)])).ToList();
            var after = Enumerable.Range(0, random.Next(0, 12)).Select(_ => Fresh(pool[random.Next(pool.Length)])).ToList();

            var changes = DisplayListDiff.Compare(before, after);

            Assert.Equal(GreedySources(before, after), changes.Source);
            Assert.Equal(Enumerable.Range(0, after.Count).Where(j => changes.Source[j] < 0), changes.Added);
            Assert.Equal(Enumerable.Range(0, before.Count).Where(i => !changes.Source.Contains(i)), changes.Removed);
        }
    }

    /// <summary>The definition, item by item: each new item takes the first equal old item after the last one taken.</summary>
    private static int[] GreedySources(IReadOnlyList<DisplayItem> before, IReadOnlyList<DisplayItem> after)
    {
        var sources = new int[after.Count];
        var lastTaken = -1;
        for (var j = 0; j < after.Count; j++)
        {
            sources[j] = -1;
            for (var i = lastTaken + 1; i < before.Count; i++)
            {
                if (!DisplayItemComparer.Instance.Equals(before[i], after[j])) continue;
                sources[j] = lastTaken = i;
                break;
            }
        }
        return sources;
    }
}
