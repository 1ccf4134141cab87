using Renderer.Simulation.Continuous;
using Renderer.Simulation.Discrete;

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
    TexSettings Tex)
{
    /// <summary>The poster's moment, if the scene names one (<c>poster:</c>); otherwise a representative frame is chosen.</summary>
    public PosterSpec? Poster { get; init; }

    /// <summary>Files the scene reads besides itself (data, images), with their SHA-256 as read; in the order named.</summary>
    public IReadOnlyList<SceneInputFile> InputFiles { get; init; } = [];

    /// <summary>The scene's music (<c>audio:</c>), if any.</summary>
    public AudioSpec? Audio { get; init; }

    /// <summary>True when the video has a sound track: music or any slide's voice.</summary>
    public bool HasSound => Audio is not null || Slides.Any(s => s.Voice is not null);

    /// <summary>The scene's parameters, in the order they are declared.</summary>
    public IReadOnlyDictionary<string, ParameterSpec> Parameters { get; init; } = new Dictionary<string, ParameterSpec>();

    /// <summary>A discrete distribution the reader has checked exists under this name.</summary>
    public DiscreteDistribution Discrete(string name) => ((DiscreteDistributionSpec)Distributions[name]).Distribution;

    /// <summary>A mixture distribution the reader has checked exists under this name.</summary>
    public GaussianMixture Mixture(string name) => ((MixtureDistributionSpec)Distributions[name]).Mixture;
}
