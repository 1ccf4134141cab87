using System.Text.Json;
using Renderer.Language;
using Renderer.Runs;
using Renderer.Simulation.Continuous;
using Renderer.Simulation.Optimisation;
using Renderer.Simulations.GaussianKlFit;
using Renderer.Compilation;

namespace Renderer.Tests.Kl;

/// <summary>The fit run behind readouts and plots: its numbers are the core's numbers, and the video's facts hold.</summary>
public sealed class GaussianKlFitRunTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, SimulationRun>> ShippedRuns = new(() =>
        SimulationRunner.RunAll(SceneLoader.LoadFile(RepositoryPaths.Scene("forward-vs-reverse-kl.yaml")), BuiltInKinds.All));

    private static GaussianKlFitRun Run(string name) => (GaussianKlFitRun)ShippedRuns.Value[name];

    [Theory]
    [InlineData("fwd")]
    [InlineData("rev")]
    [InlineData("trap")]
    public void Readout_values_are_the_cores_trace_step_by_step(string name)
    {
        var run = Run(name);
        var spec = run.Spec;
        var p = GaussianMixture.Bimodal(0.25, 0.75, 0.08);
        IKlObjective objective = spec.Divergence == KlDivergence.Forward ? new ForwardKl(p, QuadratureGrid.Default) : new ReverseKl(p, QuadratureGrid.Default);
        var expected = GradientDescent.Fit(objective, spec.StartMean, spec.StartSd, new GradientDescentOptions(0.05, 400, 1e-6));

        Assert.Equal(expected.Steps.Count - 1, (int)run.Value("steps", 0));
        Assert.Equal(400, run.StepCount);
        foreach (var k in new[] { 0, 1, 2, 7, 50, expected.Steps.Count - 1, 399, 400, 10_000 })
        {
            var s = expected.Steps[Math.Min(k, expected.Steps.Count - 1)];
            Assert.Equal(s.Index, run.Value("step", k));
            Assert.Equal(s.Mean, run.Value("mean", k));
            Assert.Equal(s.StdDev, run.Value("sd", k));
            Assert.Equal(s.Loss, run.Value("loss", k));
            Assert.Equal(s.GradMean, run.Value("grad-mean", k));
            Assert.Equal(s.GradStdDev, run.Value("grad-sd", k));
        }
        Assert.Equal(expected.Final.Mean, run.Value("final-mean", 0));
        Assert.Equal(expected.Final.StdDev, run.Value("final-sd", 0));
        Assert.Equal(expected.Final.Loss, run.Value("final-loss", 0));
        Assert.Equal(expected.Steps[0].Loss, run.Value("start-loss", 99));
        Assert.Equal(expected.Converged ? 1 : 0, run.Value("converged", 0));
        // Every value a scene may bind to is defined.
        foreach (var property in RunValues.KindOf(run).Readouts.Select(r => r.Name)) Assert.False(double.IsNaN(run.Value(property, 3)), property);
    }

    [Fact]
    public void Forward_converges_to_moment_matching()
    {
        var fwd = Run("fwd");
        var s = 0.08;
        Assert.True(fwd.Trace.Converged);
        Assert.Equal(0.5, fwd.Value("moment-mean", 0), 12);
        Assert.Equal(Math.Sqrt(s * s + 0.0625), fwd.Value("moment-sd", 0), 12);
        Assert.Equal(0.5, fwd.Value("final-mean", 0), 4);
        Assert.Equal(Math.Sqrt(s * s + 0.0625), fwd.Value("final-sd", 0), 4);
        Assert.Equal(s * s + 0.0625, fwd.Value("final-variance", 0), 4);
        // What the conclusion slide prints, to the digits it prints.
        Assert.Equal(("0.500", "0.262", "0.498"), (F(fwd.Trace.Final.Mean), F(fwd.Trace.Final.StdDev), F(fwd.Trace.Final.Loss)));
        Assert.Equal(F(fwd.Value("moment-sd", 0)), F(fwd.Value("final-sd", 0)));
    }

    [Fact]
    public void Reverse_from_the_default_start_seeks_one_mode()
    {
        var rev = Run("rev");
        Assert.True(rev.Trace.Converged);
        Assert.Equal(0.25, rev.Value("mode-mean", 0));
        Assert.Equal(0.08, rev.Value("mode-sd", 0));
        Assert.InRange(rev.Value("final-mean", 0), 0.245, 0.255);
        Assert.InRange(rev.Value("final-sd", 0), 0.078, 0.085);
        Assert.Equal(("0.251", "0.081", "0.690"), (F(rev.Trace.Final.Mean), F(rev.Trace.Final.StdDev), F(rev.Trace.Final.Loss)));
        // Reverse KL at a mode is about log 2: Q covers half of P's mass.
        Assert.InRange(rev.Trace.Final.Loss, Math.Log(2) - 0.01, Math.Log(2) + 0.01);
    }

    [Fact]
    public void Reverse_from_a_wide_start_is_trapped_between_the_modes()
    {
        var trap = Run("trap");
        Assert.True(trap.Trace.Converged);
        Assert.Equal(("0.500", "0.227", "0.947"), (F(trap.Trace.Final.Mean), F(trap.Trace.Final.StdDev), F(trap.Trace.Final.Loss)));
        Assert.True(trap.Trace.Final.Loss > Run("rev").Trace.Final.Loss);
    }

    [Theory]
    // The scene's text: "From mu = 0.4, starts with sigma >= 0.14 end in this trap; narrower starts reach a peak."
    [InlineData(0.05, false)]
    [InlineData(0.10, false)]
    [InlineData(0.13, false)]
    [InlineData(0.14, true)]
    [InlineData(0.20, true)]
    [InlineData(0.30, true)]
    [InlineData(0.40, true)]
    public void Trap_threshold_stated_in_the_scene_holds(double startSd, bool trapped)
    {
        var p = GaussianMixture.Bimodal(0.25, 0.75, 0.08);
        var trace = GradientDescent.Fit(new ReverseKl(p, QuadratureGrid.Default), 0.4, startSd, new GradientDescentOptions(0.05, 400, 1e-6));
        Assert.True(trace.Converged);
        Assert.Equal(trapped ? 0.5 : 0.2508, trace.Final.Mean, trapped ? 4 : 3);
    }

    [Fact]
    public void Landscapes_are_tabulated_once_over_the_spec_rectangle_with_the_cores_values()
    {
        var fwd = Run("fwd");
        var l = fwd.Landscape!;
        Assert.Equal((0.0, 1.0, 0.03, 0.4), (l.MeanMin, l.MeanMax, l.SdMin, l.SdMax));
        Assert.Equal((121, 75), (l.MeanSteps, l.SdSteps));
        Assert.Equal(fwd.Objective.Evaluate(l.MeanAt(60), l.SdAt(40)).Loss, l[60, 40]);
        Assert.Null(Run("trap").Landscape);
    }

    [Fact]
    public void Interpolated_state_moves_smoothly_between_iterates()
    {
        var rev = Run("rev");
        var (a, b) = (rev.Trace.Steps[10], rev.Trace.Steps[11]);
        var (mean, sd, loss) = rev.At(10.25);
        Assert.Equal(a.Mean + 0.25 * (b.Mean - a.Mean), mean, 12);
        Assert.Equal(a.StdDev + 0.25 * (b.StdDev - a.StdDev), sd, 12);
        Assert.Equal(a.Loss + 0.25 * (b.Loss - a.Loss), loss, 12);
        Assert.Equal(rev.Trace.Final.Mean, rev.At(399.5).Mean);
    }

    [Fact]
    public void Manifest_carries_P_every_step_and_the_landscape_extents()
    {
        var json = JsonSerializer.Serialize(Run("rev").Manifest(), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("gaussian-kl-fit", root.GetProperty("kind").GetString());
        Assert.Equal("nats", root.GetProperty("unit").GetString());
        Assert.Equal("reverse", root.GetProperty("divergence").GetString());
        var components = root.GetProperty("target").GetProperty("components");
        Assert.Equal(2, components.GetArrayLength());
        Assert.Equal(0.75, components[1].GetProperty("mean").GetDouble());
        Assert.Equal(0.08, components[1].GetProperty("sd").GetDouble());
        Assert.Equal(0.5, components[1].GetProperty("weight").GetDouble());
        var steps = root.GetProperty("steps");
        var trace = Run("rev").Trace;
        Assert.Equal(trace.Steps.Count, steps.GetArrayLength());
        var last = steps[steps.GetArrayLength() - 1];
        Assert.Equal(trace.Final.Loss, last.GetProperty("loss").GetDouble());
        Assert.Equal(trace.Final.GradMean, last.GetProperty("gradMean").GetDouble());
        Assert.Equal(trace.Final.GradStdDev, last.GetProperty("gradSd").GetDouble());
        var landscape = root.GetProperty("landscape");
        Assert.Equal([0.0, 1.0], landscape.GetProperty("mean").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal([0.03, 0.4], landscape.GetProperty("sd").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(121, landscape.GetProperty("meanPoints").GetInt32());
    }

    private static string F(double v) => Renderer.Plotting.NumberFormat.Fixed(v, 3);
}
