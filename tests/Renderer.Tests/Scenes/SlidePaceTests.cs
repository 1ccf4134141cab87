using Renderer.Elements.DisplayMath;
using Renderer.Elements.Text;
using Renderer.Language;

namespace Renderer.Tests.Scenes;

/// <summary>
/// Every shipped slide gives its content the time it needs: the caption read at 2.5 words a second (narration pace),
/// the words on the slide at 4 a second (skimmed beside it), and 1.5 s for each displayed formula. Video 2's second
/// slide gave 9 s to about 50 words, a table and a formula.
/// </summary>
public sealed class SlidePaceTests
{
    public static TheoryData<string> Scenes()
    {
        var data = new TheoryData<string>();
        foreach (var scene in RepositoryPaths.ShippedScenes()) data.Add(scene);
        return data;
    }

    public static double SecondsNeeded(Renderer.Scenes.Model.SlideSpec slide)
    {
        static int Words(string? text) => text?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
        var onSlide = slide.Elements.OfType<TextElementSpec>().Where(t => t.Role != TextRole.Title).Sum(t => Words(t.Text));
        var formulas = slide.Elements.OfType<MathElementSpec>().Count();
        return Words(slide.Caption) / 2.5 + onSlide / 4.0 + 1.5 * formulas;
    }

    [Theory]
    [MemberData(nameof(Scenes))]
    public void Every_slide_lasts_as_long_as_its_words_and_formulas_take_to_read(string scene)
    {
        var spec = SceneLoader.LoadFile(RepositoryPaths.Scene(scene));
        var short_ = spec.Slides.Select((s, i) => (Index: i + 1, Needed: SecondsNeeded(s), Given: s.Duration.ToSeconds(spec.Video.Fps)))
            .Where(s => s.Given < s.Needed).ToList();
        Assert.True(short_.Count == 0, string.Join("; ", short_.Select(s => $"slide {s.Index}: {s.Given:0.#} s for {s.Needed:0.#} s of reading")));
    }
}
