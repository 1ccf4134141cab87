using Renderer.Compilation;
using Renderer.Elements.Readouts;
using Renderer.Language;
using Renderer.Linting;
using Renderer.Tests.TestSupport;

namespace Renderer.Tests.Elements;

/// <summary>
/// A readouts panel adapts to a narrow box (a portrait frame) instead of failing: a row of cells too wide becomes a
/// column, a column whose labels and numbers do not fit side by side puts each label above its number, and a column
/// taller than a wide, short box (a band of a portrait frame) sets its cells side by side; what it draws stays clean
/// by the layout lint.
/// </summary>
public sealed class ReadoutsArrangementTests
{
    /// <summary>A slide of one readouts panel; <paramref name="items"/> are its rows, one YAML flow map per line.</summary>
    private static string Panel(string items, string layout, string box) => $$"""
        title: t
        video: { width: 1920, height: 1080 }
        distributions:
          P: { outcomes: [A, B], probabilities: [0.5, 0.5] }
          Q: { outcomes: [A, B], probabilities: [0.25, 0.75] }
        simulations:
          ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 100 }
        slides:
          - duration: 2s
            elements:
              - readouts:
        {{string.Join("\n", items.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(i => "          - " + i))}}
                layout: {{layout}}
                box: {{box}}
        """;

    private static string Scene(string layout, string box) => Panel("""
        { label: 'the mean cost of the draws so far', value: ce.mean, digits: 3, unit: bits }
        { label: 'the exact cross entropy', value: ce.exact, digits: 3, unit: bits }
        { label: 'the entropy of P', value: ce.entropy, digits: 3, unit: bits }
        """, layout, box);

    private static (ReadoutArrangement Arrangement, IReadOnlyList<string> Findings) Compile(string layout, string box) => CompileScene(Scene(layout, box));

    private static (ReadoutArrangement Arrangement, IReadOnlyList<string> Findings) CompileScene(string scene)
    {
        var compiled = SceneCompiler.Compile(SceneLoader.Load(scene, "t.yaml"), BuiltInKinds.All, RealText.Measurer, RealText.Typesetter);
        var element = compiled.Slides[0].Elements.OfType<ReadoutsElement>().Single();
        return (element.Arrangement, LayoutLint.Check(compiled, RealText.Measurer).Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void A_column_with_room_stays_a_column()
    {
        var (arrangement, findings) = Compile("column", "[0, 0, 1, 0.5]");
        Assert.Equal(ReadoutArrangement.Column, arrangement);
        Assert.Empty(findings);
    }

    [Fact]
    public void A_column_too_narrow_for_label_and_number_side_by_side_puts_labels_above_numbers()
    {
        var (arrangement, findings) = Compile("column", "[0.3, 0, 0.4, 0.8]");
        Assert.Equal(ReadoutArrangement.Stacked, arrangement);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void A_row_too_wide_for_its_box_becomes_a_column_instead_of_an_error()
    {
        var (arrangement, findings) = Compile("row", "[0, 0, 0.5, 0.8]");
        Assert.NotEqual(ReadoutArrangement.Row, arrangement);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void A_column_taller_than_a_wide_short_box_sets_its_cells_side_by_side()
    {
        // Exact numbers only: a panel that tags exact and sampled numbers keeps its column (a row has no room for tags).
        var (arrangement, findings) = CompileScene(Scene("column", "[0, 0, 1, 0.2]")
            .Replace("{ label: 'the mean cost of the draws so far', value: ce.mean,", "{ label: 'the extra cost of coding with Q', value: ce.kl,"));
        Assert.Equal(ReadoutArrangement.Row, arrangement);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    private static string ShortLabels(string box) => Panel("""
        { label: 'n', value: ce.samples, digits: 0 }
        { label: '$H(P)$', value: ce.entropy, digits: 3 }
        { label: '$H(P,Q)$', value: ce.exact, digits: 3 }
        { label: '$D_{\mathrm{KL}}(P\,\|\,Q)$', value: ce.kl, digits: 3 }
        """, "row", box);

    private static ReadoutsElement Element(string scene) =>
        SceneCompiler.Compile(SceneLoader.Load(scene, "t.yaml"), BuiltInKinds.All, RealText.Measurer, RealText.Typesetter).Slides[0].Elements.OfType<ReadoutsElement>().Single();

    [Fact]
    public void A_row_a_little_too_wide_keeps_its_row_with_smaller_numbers_before_it_becomes_a_column()
    {
        var roomy = Element(ShortLabels("[0, 0, 1, 0.3]"));
        Assert.Equal((ReadoutArrangement.Row, ReadoutsElement.ValueFont.Size), (roomy.Arrangement, roomy.ValueSize));

        var (arrangement, findings) = CompileScene(ShortLabels("[0, 0, 0.38, 0.3]"));
        var tight = Element(ShortLabels("[0, 0, 0.38, 0.3]"));
        Assert.Equal(ReadoutArrangement.Row, arrangement);
        Assert.InRange(tight.ValueSize, 0.8 * ReadoutsElement.ValueFont.Size, ReadoutsElement.ValueFont.Size - 1);
        Assert.True(findings.Count == 0, string.Join("\n", findings));

        var narrow = Element(ShortLabels("[0, 0, 0.3, 0.3]"));
        Assert.NotEqual(ReadoutArrangement.Row, narrow.Arrangement);
    }
}
