namespace Renderer.Scenes.Model;

/// <summary>The numbers each simulation kind exposes to readouts ("ce.mean"), and the reference lines its plots know.</summary>
public static class SimulationOutputs
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ValuesByKind { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [CrossEntropySamplingSpec.KindName] = ["count", "mean", "stderr", "exact", "entropy", "kl", "last-cost", "samples"],
        [CrossEntropySweepSpec.KindName] = ["entropy", "start-exact", "end-exact", "steps"],
        [GaussianKlFitSpec.KindName] = GaussianKlFitOutputs.Values,
    };

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReferencesByKind { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [CrossEntropySamplingSpec.KindName] = ["exact", "entropy"],
    };
}
