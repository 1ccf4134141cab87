using Renderer.Elements.Landscape;
using Renderer.Rendering;
using Renderer.Runs;

namespace Renderer.Tests.Elements;

/// <summary>
/// The × marks on a loss landscape are its minima. The reverse landscape's minima have no closed form (they sit near,
/// not on, the mixture's components), and it has a third, between the peaks, where the wide-start fit stalls: the
/// old "× analytic answer" marked the components and missed that one.
/// </summary>
public sealed class LandscapeMinimaTests
{
    [Fact]
    public void The_forward_landscape_has_one_minimum_at_the_moment_match_and_the_reverse_one_three_where_the_fits_end()
    {
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene("forward-vs-reverse-kl.yaml"));
        var fwd = (IGaussianFitRun)prepared.Compiled.Simulations["fwd"];
        var rev = (IGaussianFitRun)prepared.Compiled.Simulations["rev"];
        var trap = (IGaussianFitRun)prepared.Compiled.Simulations["trap"];

        // Within a fifth of a lattice cell (μ steps 1/120, σ steps 0.37/74) of the answers.
        const double near = 0.001;
        var forward = Assert.Single(LandscapeMinima.Find(fwd.Landscape!));
        Assert.Equal(fwd.Target.Mean, forward.Mean, near);
        Assert.Equal(fwd.MomentSd, forward.Sd, near);

        var reverse = LandscapeMinima.Find(rev.Landscape!).OrderBy(m => m.Mean).ToList();
        Assert.Equal(3, reverse.Count);
        // Each where gradient descent ended (its tolerance stops it a little short), and symmetric about 0.5.
        Assert.Equal(rev.Trace.Final.Mean, reverse[0].Mean, 4 * near);
        Assert.Equal(rev.Trace.Final.StdDev, reverse[0].Sd, 4 * near);
        Assert.Equal(trap.Trace.Final.Mean, reverse[1].Mean, 4 * near);
        Assert.Equal(trap.Trace.Final.StdDev, reverse[1].Sd, 4 * near);
        Assert.Equal(1 - reverse[0].Mean, reverse[2].Mean, near);
        // Not on the components: the left minimum is narrower-than-s by the other peak's pull, and off 0.25.
        Assert.NotEqual(0.25, reverse[0].Mean, 4);
    }
}
