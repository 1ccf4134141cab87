namespace Renderer.Scenes.Model;

/// <summary>The numbers each simulation kind exposes to readouts ("ce.mean"), and the reference lines its plots know.</summary>
public static class SimulationOutputs
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ValuesByKind { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [CrossEntropySamplingSpec.KindName] = ["count", "mean", "stderr", "exact", "entropy", "kl", "last-cost", "samples"],
        [CrossEntropySweepSpec.KindName] = ["entropy", "start-exact", "end-exact", "steps"],
        [HuffmanBuildSpec.KindName] = ["merges", "outcomes", "max-depth", "entropy", "expected-length"],
        [HuffmanDepthSamplingSpec.KindName] = ["count", "samples", "mean", "stderr", "last-depth", "expected-depth", "own-expected-depth", "cross-entropy", "entropy", "kl", "extra-bits"],
        [GaussianKlFitSpec.KindName] = GaussianKlFitOutputs.Values,
    };

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReferencesByKind { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [CrossEntropySamplingSpec.KindName] = ["exact", "entropy"],
        [HuffmanDepthSamplingSpec.KindName] = ["expected-depth", "cross-entropy", "entropy", "own-expected-depth"],
    };
}
