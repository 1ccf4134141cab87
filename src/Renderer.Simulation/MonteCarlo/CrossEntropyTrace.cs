using Renderer.Simulation.Discrete;

namespace Renderer.Simulation.MonteCarlo;

/// <summary>
/// The full record of a Monte Carlo estimate of H(P, Q): every draw x ~ P, its cost -log Q(x), the running
/// mean, and the exact values the running mean should approach.
/// </summary>
/// <param name="P">The distribution sampled from.</param>
/// <param name="Q">The distribution that scores each draw.</param>
/// <param name="Base">Unit of every cost and exact value.</param>
/// <param name="Seed">Seed of the <see cref="Random.SeededRandom"/> that drew the samples.</param>
/// <param name="Samples">Outcome index of each draw, in order.</param>
/// <param name="Costs">-log Q(x) of each draw; +infinity where Q(x) = 0.</param>
/// <param name="Running">Running mean and standard error of <paramref name="Costs"/>.</param>
/// <param name="ExactCrossEntropy">H(P, Q), the limit of the running mean.</param>
/// <param name="EntropyOfP">H(P), the lower bound reached when Q = P.</param>
/// <param name="KlDivergence">D_KL(P || Q) = H(P, Q) - H(P).</param>
public sealed record CrossEntropyTrace(
    DiscreteDistribution P,
    DiscreteDistribution Q,
    LogBase Base,
    ulong Seed,
    IReadOnlyList<int> Samples,
    IReadOnlyList<double> Costs,
    RunningStatistics Running,
    double ExactCrossEntropy,
    double EntropyOfP,
    double KlDivergence);
