using Renderer.Compilation;
using Renderer.Elements.Readouts;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Language;
using Renderer.Rendering;
using Renderer.Text;

namespace Renderer.Tests.Elements;

/// <summary>
/// A summary must not set a sampled estimate beside exact values as if it were one: an estimate carries its ± one
/// standard error, and a panel with both kinds tags each row "exact" or "sampled".
/// </summary>
public sealed class ReadoutSourceTests
{
    [Fact]
    public void Video_1s_summary_shows_the_estimate_and_the_sampled_gap_with_their_errors_and_tags_every_row()
    {
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene("cross-entropy-monte-carlo.yaml"));
        var compiled = prepared.Compiled;
        var last = compiled.Slides.Count - 1;
        var textItems = FrameEvaluator.Evaluate(compiled, compiled.FrameCount - 1).Items.OfType<TextItem>().ToList();
        var texts = textItems.Select(t => t.Text).ToList();
        // Tags are small text (tick size) beside the labels; "exact" also starts some labels.
        var tags = textItems.Where(t => t.Font.Size == Themes.Typography.Tick.Size).Select(t => t.Text).ToList();
        var run = (Simulations.CrossEntropy.CrossEntropySamplingRun)compiled.Simulations["ce"];
        var mean = run.Trace.Running.Mean[^1];
        var se = run.Trace.Running.StandardError[^1];
        Assert.Contains($"{mean:0.000} ± {se:0.000} bits", texts);
        Assert.Contains($"{mean - 1.75:0.000} ± {se:0.000} bits", texts);
        Assert.Contains("2.625 bits", texts);
        Assert.Contains("0.875 bits", texts);
        var readouts = compiled.Slides[last].Elements.OfType<ReadoutsElement>().Single();
        Assert.Equal(2, tags.Count(t => t == "sampled"));
        Assert.Equal(3, tags.Count(t => t == "exact"));
        Assert.NotNull(readouts);
    }

    private sealed class FixedMeasurer : ITextMeasurer
    {
        public double Width(string text, FontSpec font) => text.Length * font.Size * 0.5;
        public (double Ascent, double Descent) VerticalMetrics(FontSpec font) => (font.Size * 0.8, font.Size * 0.2);
    }

    [Fact]
    public void A_panel_of_exact_values_alone_has_no_tags_and_no_plus_minus()
    {
        const string yaml = """
            title: t
            distributions:
              P: { outcomes: [A, B], probabilities: [0.5, 0.5] }
              Q: { outcomes: [A, B], probabilities: [0.25, 0.75] }
            simulations:
              ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 100 }
            slides:
              - duration: 2s
                elements:
                  - readouts:
                      - { label: 'cross entropy', value: ce.exact }
                      - { label: 'entropy', value: ce.entropy }
            """;
        var compiled = SceneCompiler.Compile(SceneLoader.Load(yaml, "t.yaml"), BuiltInKinds.All, new FixedMeasurer(), new CollectingTypesetter());
        var texts = FrameEvaluator.Evaluate(compiled, 30).Items.OfType<TextItem>().Select(t => t.Text).ToList();
        Assert.DoesNotContain("exact", texts);
        Assert.DoesNotContain("sampled", texts);
        Assert.DoesNotContain(texts, t => t.Contains('±'));
    }
}
