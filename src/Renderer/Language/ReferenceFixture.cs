using System.Text;

namespace Renderer.Language;

/// <summary>
/// The definitions the reference's examples refer to: a few distributions, and every simulation kind's own example
/// (plus two more fits, so the landscape example can hold two panels). A test loads each element example in it.
/// </summary>
public static class ReferenceFixture
{
    /// <summary>The image file the image kind's example names; the test that loads the examples writes an SVG there.</summary>
    public const string ExampleImage = "example.svg";

    public const string Distributions = """
        parameters: { mu: 0.5, s: 0.8 }
        distributions:
          P: { outcomes: [A, B, C, D], probabilities: [0.5, 0.25, 0.125, 0.125] }
          Q: { outcomes: [A, B, C, D], probabilities: [0.125, 0.125, 0.25, 0.5] }
          T: { mixture: [{ weight: 0.5, mean: 0.25, sd: 0.08 }, { weight: 0.5, mean: 0.75, sd: 0.08 }] }
        """;

    /// <summary>Fits besides the kind's example, for examples that show several.</summary>
    public const string ExtraSimulations = """
          rev: { kind: gaussian-kl-fit, target: T, divergence: reverse, start: { mean: 0.4, sd: 0.1 }, max-steps: 400, landscape: { mean: [0, 1], sd: [0.03, 0.4] } }
          trap: { kind: gaussian-kl-fit, target: T, divergence: reverse, start: { mean: 0.4, sd: 0.25 }, max-steps: 400 }
        """;

    /// <summary>A scene holding the definitions and one slide per given element (each a YAML flow mapping).</summary>
    public static string Scene(Kinds.KindSet kinds, IEnumerable<string> elements)
    {
        var yaml = new StringBuilder("title: Reference examples\n").Append(Distributions).Append("\nsimulations:\n");
        foreach (var kind in kinds.Simulations) yaml.Append("  ").Append(kind.Example).Append('\n');
        yaml.Append(ExtraSimulations).Append("\nslides:\n");
        foreach (var element in elements) yaml.Append("  - duration: 2s\n    elements:\n      - ").Append(element).Append('\n');
        return yaml.ToString();
    }
}
