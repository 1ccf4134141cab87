using Renderer.Compilation;
using Renderer.Frames;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;

namespace Renderer.Tests.Layout;

/// <summary>Containers place their children by rule (weights, gaps, cells), nest, and turn rows into columns in tall regions.</summary>
public sealed class ContainerTests
{
    private static readonly Box Wide = new(100, 200, 1000, 600), Tall = new(100, 200, 600, 1000);

    private static IReadOnlyList<ElementSpec> Elements(string element) =>
        SceneLoader.Load($"title: t\nslides:\n  - duration: 1s\n    elements:\n      - {element}\n", "t.yaml").Slides[0].Elements;

    private static List<Box> Boxes(string element, Box content) => Elements(element).Select(e => SlideLayout.Place(content, e.Common.Layout)).ToList();

    [Fact]
    public void A_row_shares_its_width_by_weight_with_gaps_between()
    {
        var boxes = Boxes("{ row: [{ text: a }, { text: b }, { text: c }], weights: [1, 2, 1], gap: 40 }", Wide);
        // 1000 wide less two gaps of 40 leaves 920: 230, 460, 230.
        Assert.Equal([new Box(100, 200, 230, 600), new Box(370, 200, 460, 600), new Box(870, 200, 230, 600)], boxes);
    }

    [Fact]
    public void A_row_stacks_in_a_region_taller_than_wide_unless_told_not_to()
    {
        var stacked = Boxes("{ row: [{ text: a }, { text: b }], gap: 0 }", Tall);
        Assert.Equal([new Box(100, 200, 600, 500), new Box(100, 700, 600, 500)], stacked);
        var kept = Boxes("{ row: [{ text: a }, { text: b }], gap: 0, reflow: false }", Tall);
        Assert.Equal([new Box(100, 200, 300, 1000), new Box(400, 200, 300, 1000)], kept);
    }

    [Fact]
    public void Side_by_side_areas_become_bands_in_a_tall_region()
    {
        var left = SlideLayout.Place(Tall, new AreaPlacement("left"));
        var right = SlideLayout.Place(Tall, new AreaPlacement("right"));
        Assert.Equal(new Box(100, 200, 600, 480), left);
        Assert.Equal(new Box(100, 720, 600, 480), right);
        Assert.Equal(new Box(100, 200, 480, 600), SlideLayout.Place(Wide, new AreaPlacement("left")));
        Assert.Equal(SlideLayout.Place(Wide, new AreaPlacement("top")).Height, SlideLayout.Place(Wide, new AreaPlacement("top")).Height);
    }

    [Fact]
    public void Containers_nest_inside_a_placed_container()
    {
        var boxes = Boxes("{ column: [{ text: title }, { row: [{ text: a }, { text: b }], gap: 0 }], weights: [1, 3], gap: 0, at: left }", Wide);
        Assert.Equal([new Box(100, 200, 480, 150), new Box(100, 350, 240, 450), new Box(340, 350, 240, 450)], boxes);
    }

    [Fact]
    public void A_grid_fills_equal_cells_row_by_row()
    {
        var boxes = Boxes("{ grid: [{ text: a }, { text: b }, { text: c }], columns: 2, gap: 0 }", Wide);
        Assert.Equal([new Box(100, 200, 500, 300), new Box(600, 200, 500, 300), new Box(100, 500, 500, 300)], boxes);
    }

    [Fact]
    public void A_stack_gives_every_child_the_whole_box_and_lets_the_upper_ones_overlap()
    {
        var elements = Elements("{ stack: [{ text: a }, { text: b }, { text: c }] }");
        Assert.All(elements, e => Assert.Equal(Wide, SlideLayout.Place(Wide, e.Common.Layout)));
        Assert.Equal([false, true, true], elements.Select(e => e.Common.Overlay));
    }

    [Fact]
    public void Children_enter_as_their_container_does_unless_they_say_otherwise()
    {
        var elements = Elements("{ row: [{ text: a }, { text: b, enter: none }], enter: { effect: slide-up, at: 2s } }");
        Assert.Equal(AnimationEffect.SlideUp, elements[0].Common.Enter.Effect);
        Assert.Equal(AnimationEffect.None, elements[1].Common.Enter.Effect);
    }

    [Theory]
    [InlineData("{ row: [{ text: a, at: left }] }", "t.yaml:5:32: error: a child of a row takes its place from it, so it cannot say 'at'")]
    [InlineData("{ row: [{ text: a }, { text: b }], weights: [1] }", "t.yaml:5:53: error: 'weights' has 1 numbers for 2 children")]
    [InlineData("{ column: a }", "t.yaml:5:19: error: 'column' needs a list of elements")]
    [InlineData("{ grid: [{ text: a }], columns: 0 }", "t.yaml:5:41: error: 'columns' is 0, outside the allowed range")]
    [InlineData("{ row: [{ texts: a }] }", "t.yaml:5:17: error: element has no kind")]
    public void A_container_written_wrong_is_an_error_at_its_place(string element, string expected)
    {
        var e = Assert.Throws<SceneValidationException>(() => Elements(element));
        Assert.StartsWith(expected, e.Diagnostics[0].ToString());
    }
}
