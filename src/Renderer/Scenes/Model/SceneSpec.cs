namespace Renderer.Scenes.Model;

/// <summary>A whole slideshow as loaded from one YAML file: immutable, validated, references resolved.</summary>
public sealed record SceneSpec(
    string SourceFile,
    string Title,
    VideoSpec Video,
    string Theme,
    ulong Seed,
    bool BurnInCaptions,
    IReadOnlyDictionary<string, DistributionSpec> Distributions,
    IReadOnlyDictionary<string, SimulationSpec> Simulations,
    IReadOnlyList<SlideSpec> Slides,
    TexSettings Tex);
