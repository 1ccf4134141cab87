using Renderer.Frames;
using Renderer.Segments;

namespace Renderer.Tests.Segments;

public sealed class DisplayListHasherTests
{
    private static readonly DisplayListHasher Hasher = new(f => "<svg>" + f.Key + "</svg>");

    private static FrameState Frame(params DisplayItem[] items) => new(1920, 1080, new Rgba(10, 20, 30), items);

    private static string Hex(FrameState frame) => Convert.ToHexString(Hasher.Digest(frame));

    private static readonly Formula Sum = new("I:x+y", 10, 5, 1);

    /// <summary>One of every item kind; <see cref="Variants"/> changes one field of each at a time.</summary>
    private static IReadOnlyList<DisplayItem> OneOfEach() =>
    [
        new RectItem(new Box(1, 2, 3, 4), new Rgba(1, 2, 3), null, 0, 2),
        new LineItem(new Vec2(0, 0), new Vec2(5, 5), new Rgba(9, 9, 9), 2),
        new PolylineItem([new Vec2(0, 0), new Vec2(1, 1), new Vec2(2, 0)], new Rgba(1, 1, 1), 1),
        new PolygonItem([new Vec2(0, 0), new Vec2(1, 1), new Vec2(2, 0)], new Rgba(1, 1, 1)),
        new CircleItem(new Vec2(3, 3), 2, new Rgba(5, 5, 5)),
        new TextItem("Hello", new Vec2(10, 20), new FontSpec(FontWeight.Regular, 24), new Rgba(255, 255, 255)),
        new FormulaItem(Sum, new Vec2(10, 20), 2, new Rgba(255, 255, 255)),
        new RasterItem(new Raster(2, 1, [1, 2, 3, 255, 4, 5, 6, 255]), new Box(0, 0, 10, 5), 1),
    ];

    private static IEnumerable<(string What, DisplayItem Item)> Variants()
    {
        yield return ("rect corner", new RectItem(new Box(1, 2, 3, 4), new Rgba(1, 2, 3), null, 0, 2.0000001));
        yield return ("rect stroke", new RectItem(new Box(1, 2, 3, 4), new Rgba(1, 2, 3), new Rgba(0, 0, 0, 0), 0, 2));
        yield return ("line dash", new LineItem(new Vec2(0, 0), new Vec2(5, 5), new Rgba(9, 9, 9), 2, LineDash.Dotted));
        yield return ("polyline point", new PolylineItem([new Vec2(0, 0), new Vec2(1, 1.5), new Vec2(2, 0)], new Rgba(1, 1, 1), 1));
        yield return ("polygon fill alpha", new PolygonItem([new Vec2(0, 0), new Vec2(1, 1), new Vec2(2, 0)], new Rgba(1, 1, 1, 254)));
        yield return ("circle radius", new CircleItem(new Vec2(3, 3), 2.5, new Rgba(5, 5, 5)));
        yield return ("text", new TextItem("Hellp", new Vec2(10, 20), new FontSpec(FontWeight.Regular, 24), new Rgba(255, 255, 255)));
        yield return ("text tabular", new TextItem("Hello", new Vec2(10, 20), new FontSpec(FontWeight.Regular, 24, Tabular: true), new Rgba(255, 255, 255)));
        yield return ("text mono", new TextItem("Hello", new Vec2(10, 20), new FontSpec(FontWeight.Regular, 24, Mono: true), new Rgba(255, 255, 255)));
        yield return ("text weight", new TextItem("Hello", new Vec2(10, 20), new FontSpec(FontWeight.Bold, 24), new Rgba(255, 255, 255)));
        yield return ("formula key", new FormulaItem(Sum with { Key = "D:x+y" }, new Vec2(10, 20), 2, new Rgba(255, 255, 255)));
        yield return ("formula scale", new FormulaItem(Sum, new Vec2(10, 20), 2.01, new Rgba(255, 255, 255)));
        yield return ("raster pixel", new RasterItem(new Raster(2, 1, [1, 2, 3, 255, 4, 5, 7, 255]), new Box(0, 0, 10, 5), 1));
        yield return ("raster overlay", new RasterItem(new Raster(2, 1, [1, 2, 3, 255, 4, 5, 6, 255], [new RasterStroke([new Vec2(0, 0), new Vec2(1, 0)], new Rgba(0, 0, 0), 1)]), new Box(0, 0, 10, 5), 1));
        yield return ("raster opacity", new RasterItem(new Raster(2, 1, [1, 2, 3, 255, 4, 5, 6, 255]), new Box(0, 0, 10, 5), 0.99));
    }

    [Fact]
    public void Equal_display_lists_built_apart_have_equal_digests()
    {
        // New lists, new point arrays, new raster instances with the same pixels: the digest follows content, not identity.
        Assert.Equal(Hex(Frame([.. OneOfEach()])), Hex(Frame([.. OneOfEach()])));
    }

    [Fact]
    public void Changing_any_one_field_of_any_item_changes_the_digest()
    {
        var baseline = Hex(Frame([.. OneOfEach()]));
        var seen = new HashSet<string> { baseline };
        foreach (var (what, variant) in Variants())
        {
            var items = OneOfEach().Select(i => i.GetType() == variant.GetType() ? variant : i).ToArray();
            var digest = Hex(Frame(items));
            Assert.True(seen.Add(digest), $"{what}: the digest did not change (or equals another variant's)");
        }
    }

    [Fact]
    public void Order_background_and_the_formula_behind_a_key_count()
    {
        var items = OneOfEach();
        var baseline = Hex(Frame([.. items]));
        Assert.NotEqual(baseline, Hex(Frame([.. items.Reverse()])));
        Assert.NotEqual(baseline, Hex(new FrameState(1920, 1080, new Rgba(10, 20, 31), items)));
        // Same key, other SVG (another preamble or TeX): another digest.
        var otherTex = new DisplayListHasher(f => "<svg>other</svg>");
        Assert.NotEqual(baseline, Convert.ToHexString(otherTex.Digest(Frame([.. items]))));
    }

    [Fact]
    public void Every_display_item_type_is_hashed()
    {
        var kinds = typeof(DisplayItem).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DisplayItem)) && !t.IsAbstract).ToList();
        var covered = OneOfEach().Select(i => i.GetType()).ToHashSet();
        Assert.Empty(kinds.Where(k => !covered.Contains(k)).Select(k => k.Name));
    }

    [Fact]
    public void Points_hash_the_same_whatever_list_holds_them()
    {
        // Arrays and lists are hashed as one block of memory, other lists point by point: both must write the same
        // bytes, or a segment's key would depend on how an element happened to build its curve.
        Vec2[] curve = [.. Enumerable.Range(0, 500).Select(i => new Vec2(i * 0.37, Math.Sin(i) * -0.0))];
        var asArray = Hex(Frame(new PolylineItem(curve, new Rgba(1, 2, 3), 2), new PolygonItem(curve, new Rgba(4, 5, 6))));
        var asList = Hex(Frame(new PolylineItem(new List<Vec2>(curve), new Rgba(1, 2, 3), 2), new PolygonItem(new List<Vec2>(curve), new Rgba(4, 5, 6))));
        var asOther = Hex(Frame(new PolylineItem(Array.AsReadOnly(curve), new Rgba(1, 2, 3), 2), new PolygonItem(curve.Select(p => p).ToList().AsReadOnly(), new Rgba(4, 5, 6))));
        Assert.Equal(asOther, asArray);
        Assert.Equal(asOther, asList);
        // And a point that differs in its last bit still changes the digest through the block path.
        curve[^1] = curve[^1] with { Y = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(curve[^1].Y) ^ 1) };
        Assert.NotEqual(asArray, Hex(Frame(new PolylineItem(curve, new Rgba(1, 2, 3), 2), new PolygonItem(curve, new Rgba(4, 5, 6)))));
    }
}
