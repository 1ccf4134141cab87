using System.Text.Json;
using Renderer.Language;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Simulation.Discrete;
using Renderer.Simulation.Huffman;
using Renderer.Simulations.HuffmanBuild;
using Renderer.Simulations.HuffmanDepth;
using Renderer.Compilation;


namespace Renderer.Tests.Compilation;

/// <summary>
/// The Huffman runs of Video 2's scene give the simulation core's numbers, and those are the hand-computed ones:
/// P = (1/2, 1/4, 1/8, 1/16, 1/16), Q = P reversed = (1/16, 1/16, 1/8, 1/4, 1/2) over A..E, trees in outcome order.
/// Q's tree: A = 0000, B = 0001, C = 001, D = 01, E = 1, so L_Q = 4/2 + 4/4 + 3/8 + 2/16 + 1/16 = 3.5625 = H(P,Q).
/// P's tree: A = 0, B = 10, C = 110, D = 1110, E = 1111, so L_P = 1/2 + 2/4 + 3/8 + 4/16 + 4/16 = 1.875 = H(P).
/// </summary>
public sealed class HuffmanRunTests
{
    private static readonly SceneSpec Scene = SceneLoader.LoadFile(RepositoryPaths.Scene("huffman-depth-sampling.yaml"));
    private static readonly IReadOnlyDictionary<string, SimulationRun> Runs = SimulationRunner.RunAll(Scene, BuiltInKinds.All);

    private static DiscreteDistribution D(string name) => ((DiscreteDistributionSpec)Scene.Distributions[name]).Distribution;

    [Fact]
    public void Sampling_values_match_the_simulation_core()
    {
        var run = (HuffmanDepthSamplingRun)Runs["dq"];
        var spec = (HuffmanDepthSamplingSpec)Scene.Simulations["dq"];
        var (p, q) = (D("P"), D("Q"));
        var trace = HuffmanDepthSampling.Run(p, HuffmanBuilder.Build(q, spec.Branches), spec.Samples, spec.Seed);

        Assert.Equal(trace.ExpectedDepth, run.Value("expected-depth", 0));
        Assert.Equal(InformationMeasures.CrossEntropy(p, q, LogBase.Bits), run.Value("cross-entropy", 0));
        Assert.Equal(InformationMeasures.Entropy(p, LogBase.Bits), run.Value("entropy", 0));
        Assert.Equal(InformationMeasures.KlDivergence(p, q, LogBase.Bits), run.Value("kl", 0));
        Assert.Equal(HuffmanBuilder.Build(p).ExpectedLength(p), run.Value("own-expected-depth", 0));
        foreach (var k in new[] { 1, 2, 7, 100, 1234, spec.Samples })
        {
            Assert.Equal(k, run.Value("count", k));
            Assert.Equal(trace.Running.Mean[k - 1], run.Value("mean", k));
            Assert.Equal(trace.Running.StandardError[k - 1], run.Value("stderr", k));
            Assert.Equal(trace.Depths[k - 1], run.Value("last-depth", k));
        }
        Assert.True(double.IsNaN(run.Value("mean", 0)));
        Assert.Equal(trace.Samples, run.Samples);
    }

    [Fact]
    public void The_numbers_on_screen_are_the_hand_computed_ones()
    {
        var dq = Runs["dq"];
        var dp = Runs["dp"];
        Assert.Equal(3.5625, dq.Value("expected-depth", 0));
        Assert.Equal(3.5625, dq.Value("cross-entropy", 0), 12);   // dyadic Q: L_Q = H(P,Q) exactly
        Assert.Equal(1.875, dq.Value("own-expected-depth", 0));
        Assert.Equal(1.875, dq.Value("entropy", 0), 12);
        Assert.Equal(1.6875, dq.Value("kl", 0), 12);
        Assert.Equal(1.6875, dq.Value("extra-bits", 0));
        Assert.Equal(1.875, dp.Value("expected-depth", 0));     // P's own tree: L_P = H(P)
        Assert.Equal(dp.Value("expected-depth", 0), dp.Value("own-expected-depth", 0));
        // The estimate after all draws is within three standard errors of L_Q (it is 3.547 ± 0.020).
        var (mean, se) = (dq.Value("mean", 2000), dq.Value("stderr", 2000));
        Assert.InRange(3.5625, mean - 3 * se, mean + 3 * se);
        Assert.Equal(mean - 1.875, dq.Value("extra-bits-estimate", 2000), 12);

        var p2 = Runs["p2tree"];
        // H(0.4, 0.3, 0.2, 0.1) = 1.8464 bits; depths 1, 2, 3, 3 give L = 0.4 + 0.6 + 0.6 + 0.3 = 1.9.
        Assert.Equal(1.846439344671, p2.Value("entropy", 0), 12);
        Assert.Equal(1.9, p2.Value("expected-length", 0), 12);
    }

    [Fact]
    public void The_build_replays_the_merges_of_the_tree_the_sampler_uses()
    {
        var build = (HuffmanBuildRun)Runs["qtree"];
        var sampler = (HuffmanDepthSamplingRun)Runs["dq"];
        Assert.Equal(4, build.StepCount);
        string[] expected = ["0000", "0001", "001", "01", "1"];
        Assert.Equal(expected, Enumerable.Range(0, 5).Select(build.Tree.CodeWord));
        Assert.Equal(expected, Enumerable.Range(0, 5).Select(sampler.Tree.CodeWord));
        Assert.Equal(["0", "10", "110", "1110", "1111"], Enumerable.Range(0, 5).Select(sampler.OwnCodeWord));
        Assert.Equal(2, build.Value("merges", 2));
        Assert.Equal(4, build.Value("max-depth", 0));
    }

    [Fact]
    public void The_manifest_holds_both_trees_every_sample_and_the_exact_values()
    {
        var json = JsonSerializer.Serialize(Runs["dq"].Manifest(), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("huffman-depth-sampling", root.GetProperty("kind").GetString());
        Assert.Equal("0000", root.GetProperty("tree").GetProperty("codeWords").GetProperty("A").GetString());
        Assert.Equal(4, root.GetProperty("tree").GetProperty("depths").GetProperty("A").GetInt32());
        Assert.Equal("0", root.GetProperty("ownTree").GetProperty("codeWords").GetProperty("A").GetString());
        Assert.Equal("1111", root.GetProperty("ownTree").GetProperty("codeWords").GetProperty("E").GetString());
        Assert.Equal(2000, root.GetProperty("samples").GetArrayLength());
        Assert.Equal(2000, root.GetProperty("depths").GetArrayLength());
        Assert.Equal(2000, root.GetProperty("runningMean").GetArrayLength());
        Assert.Equal(3.5625, root.GetProperty("expectedDepth").GetDouble());
        Assert.Equal(1.875, root.GetProperty("ownExpectedDepth").GetDouble());
        Assert.Equal(3.5625, root.GetProperty("crossEntropy").GetDouble(), 12);
        Assert.Equal(1.875, root.GetProperty("entropy").GetDouble(), 12);
        Assert.Contains("lower node id", root.GetProperty("tieBreaking").GetString());
        Assert.Contains("earlier outcome", root.GetProperty("branches").GetString());

        var build = JsonSerializer.Serialize(Runs["qtree"].Manifest(), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
        using var buildDocument = JsonDocument.Parse(build);
        var merges = buildDocument.RootElement.GetProperty("merges");
        Assert.Equal(4, merges.GetArrayLength());
        Assert.Equal("A", merges[0].GetProperty("left").GetString());
        Assert.Equal("B", merges[0].GetProperty("right").GetString());
        Assert.Equal(0.125, merges[0].GetProperty("weight").GetDouble());
    }
}
