using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;

namespace Renderer.Simulations.Shared;

/// <summary>Checks on the discrete distributions a simulation is given, reported at the key that names them.</summary>
public static class DiscreteChecks
{
    public static bool Compatible(MapReader map, string key, DiscreteDistributionSpec p, DiscreteDistributionSpec q)
    {
        if (p.Distribution.Outcomes.SequenceEqual(q.Distribution.Outcomes)) return true;
        map.Context.Error(map.Value(key)!, $"'{p.Name}' and '{q.Name}' have different outcomes",
            $"list the same outcomes in the same order ({string.Join(", ", p.Distribution.Outcomes)})");
        return false;
    }

    /// <summary>
    /// Q(x) = 0 where P(x) > 0 makes H(P,Q) infinite: every such draw costs infinitely many bits. We reject it rather
    /// than draw a plot that jumps to infinity on the first unlucky sample.
    /// </summary>
    public static bool Support(MapReader map, string key, DiscreteDistributionSpec p, DiscreteDistributionSpec q)
    {
        for (var i = 0; i < p.Distribution.Count; i++)
        {
            if (p.Distribution[i] > 0 && q.Distribution[i] == 0)
            {
                var outcome = p.Distribution.Outcomes[i];
                map.Context.Error(map.Value(key)!,
                    $"'{q.Name}' gives outcome '{outcome}' probability 0 but '{p.Name}' can draw it, so H({p.Name},{q.Name}) is infinite",
                    $"give '{outcome}' a small non-zero probability in '{q.Name}'");
                return false;
            }
        }
        return true;
    }
}
