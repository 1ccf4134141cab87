using Renderer.Studio.Engine;
using Renderer.Studio.Tests.Support;

namespace Renderer.Studio.Tests.Engine;

public sealed class SimulationInputsTests
{
    private static readonly string Original = SimulationInputs.Fingerprint(TestScenes.TwoSlides)!;

    [Theory]
    [InlineData("caption: The first caption.", "caption: Something else entirely.")]
    [InlineData("title: Studio test", "# a comment first\ntitle: Studio test\n\n")]
    [InlineData("Q: { outcomes: [A, B], uniform: true }", "Q:   {outcomes: [A,  B],   uniform: true}   # spacing and comments")]
    public void Edits_outside_the_simulations_inputs_keep_the_fingerprint(string from, string to)
    {
        var edited = TestScenes.TwoSlides.Replace(from, to);
        Assert.NotEqual(TestScenes.TwoSlides, edited);
        Assert.Equal(Original, SimulationInputs.Fingerprint(edited));
    }

    [Theory]
    [InlineData("probabilities: [0.75, 0.25]", "probabilities: [0.7, 0.3]")]
    [InlineData("samples: 40", "samples: 41")]
    [InlineData("title: Studio test", "title: Studio test\nseed: 3")]
    [InlineData("ce: { kind", "ce2: { kind")]
    public void Edits_of_seed_distributions_or_simulations_change_it(string from, string to)
    {
        var edited = TestScenes.TwoSlides.Replace(from, to);
        Assert.NotEqual(TestScenes.TwoSlides, edited);
        Assert.NotEqual(Original, SimulationInputs.Fingerprint(edited));
    }

    [Fact]
    public void Text_that_is_not_a_yaml_mapping_has_none()
    {
        Assert.Null(SimulationInputs.Fingerprint("slides: [unclosed"));
        Assert.Null(SimulationInputs.Fingerprint("- a list"));
    }
}
