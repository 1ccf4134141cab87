using Renderer.Rendering;

namespace Renderer.Tests.Rendering;

public class BoxUnionTests
{
    private const int Size = 64;

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 7)]
    [InlineData(3, 40)]
    [InlineData(4, 200)]
    [InlineData(5, 15)]
    public void The_union_covers_exactly_the_boxes_pixels_once_each(int seed, int count)
    {
        var random = new Random(seed);
        for (var round = 0; round < 50; round++)
        {
            var boxes = new List<PixelBox>();
            for (var i = 0; i < count; i++)
            {
                // Even edges, as yuv420p damage has; some empty boxes and some repeated ones, as real damage has.
                int x = 2 * random.Next(Size / 2), y = 2 * random.Next(Size / 2);
                var box = new PixelBox(x, y, 2 * random.Next((Size - x) / 2 + 1), 2 * random.Next((Size - y) / 2 + 1));
                boxes.Add(box);
                if (random.Next(4) == 0) boxes.Add(box);
            }

            var union = BoxUnion.Disjoint(boxes);

            var wanted = Cover(boxes);
            var got = new int[Size, Size];
            foreach (var b in union)
            {
                Assert.True(b.Width > 0 && b.Height > 0, $"empty box {b}");
                Assert.True(((b.X | b.Y | b.Width | b.Height) & 1) == 0, $"odd edge in {b}");
                for (var y = b.Y; y < b.Y + b.Height; y++)
                for (var x = b.X; x < b.X + b.Width; x++)
                    got[y, x]++;
            }
            for (var y = 0; y < Size; y++)
            for (var x = 0; x < Size; x++)
                Assert.True(got[y, x] == (wanted[y, x] ? 1 : 0), $"seed {seed} round {round}: pixel ({x}, {y}) covered {got[y, x]} times, wanted {(wanted[y, x] ? 1 : 0)}");
        }
    }

    [Fact]
    public void Boxes_stacked_with_the_same_columns_merge_into_one()
    {
        var union = BoxUnion.Disjoint([new PixelBox(10, 0, 20, 10), new PixelBox(10, 10, 20, 6), new PixelBox(10, 4, 20, 2)]);

        Assert.Equal([new PixelBox(10, 0, 20, 16)], union);
    }

    [Fact]
    public void No_boxes_or_empty_ones_give_nothing()
    {
        Assert.Empty(BoxUnion.Disjoint([]));
        Assert.Empty(BoxUnion.Disjoint([new PixelBox(3, 4, 0, 9), new PixelBox(3, 4, 5, 0)]));
    }

    private static bool[,] Cover(IEnumerable<PixelBox> boxes)
    {
        var cover = new bool[Size, Size];
        foreach (var b in boxes)
            for (var y = b.Y; y < b.Y + b.Height; y++)
            for (var x = b.X; x < b.X + b.Width; x++)
                cover[y, x] = true;
        return cover;
    }
}
