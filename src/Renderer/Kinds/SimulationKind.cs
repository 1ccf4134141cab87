using Renderer.Runs;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Kinds;

/// <summary>
/// Everything about one simulation kind, in one place: name, keys, example, how it is read, how it runs, the
/// capabilities its runs offer elements, the values it exposes to readouts and what it writes into the manifest.
/// </summary>
public abstract class SimulationKind
{
    /// <summary>The value of <c>kind:</c> in YAML, e.g. "cross-entropy-sampling".</summary>
    public abstract string Name { get; }

    /// <summary>What the simulation computes, for the reference (Markdown).</summary>
    public abstract string Summary { get; }

    /// <summary>The kind's keys, besides <c>kind</c> and <c>seed</c>.</summary>
    public abstract IReadOnlyList<Key> Keys { get; }

    /// <summary>Whether it draws random numbers, and so takes a <c>seed</c> (else derived from the scene's seed and its name).</summary>
    public virtual bool TakesSeed => true;

    /// <summary>A complete simulation as YAML, e.g. <c>ce: { kind: ..., ... }</c>, which the reference shows and a test loads.</summary>
    public abstract string Example { get; }

    /// <summary>What its runs can do for elements.</summary>
    public virtual IReadOnlyList<Capability> Provides => [];

    /// <summary>The numbers readouts may show (<c>value: ce.mean</c>), each a function of the run and the steps revealed.</summary>
    public abstract IReadOnlyList<Readout> Readouts { get; }

    /// <summary>The names of the exact values a running mean of this kind may draw as reference lines (a subset of the readouts).</summary>
    public virtual IReadOnlyList<string> ExactValueNames => [];

    public abstract SimulationSpec? Read(SimulationReading reading);

    /// <summary>What running a spec of this kind costs; checked at load against the scene's limits.</summary>
    public virtual SimulationCost Cost(SimulationSpec spec) => SimulationCost.None;

    /// <summary>Runs the simulation once; a pure function of the spec and the scene's distributions.</summary>
    public abstract SimulationRun Run(SimulationSpec spec, SceneSpec scene);

    /// <summary>Inputs and the whole trace, for the render manifest, so anyone can re-check the numbers.</summary>
    public abstract object Manifest(SimulationRun run);

    public Readout? Readout(string name) => Readouts.FirstOrDefault(r => r.Name == name);

    /// <summary>The type of the specs it reads.</summary>
    public abstract Type SpecType { get; }

    /// <summary>The type of its runs, whose capability interfaces must match <see cref="Provides"/>.</summary>
    public abstract Type RunType { get; }
}

/// <summary>A simulation kind with its spec and run types, so its steps are typed.</summary>
public abstract class SimulationKind<TSpec, TRun> : SimulationKind where TSpec : SimulationSpec where TRun : SimulationRun
{
    public sealed override SimulationRun Run(SimulationSpec spec, SceneSpec scene) => Run((TSpec)spec, scene);

    public sealed override object Manifest(SimulationRun run) => Manifest((TRun)run);

    public sealed override Type SpecType => typeof(TSpec);

    public sealed override Type RunType => typeof(TRun);

    protected abstract TRun Run(TSpec spec, SceneSpec scene);

    protected abstract object Manifest(TRun run);

    /// <summary>A readout of this kind's run.</summary>
    protected static Readout Value(string name, string doc, Func<TRun, int, double> value, bool isCount = false) =>
        new(name, doc, (run, revealed) => value((TRun)run, revealed), isCount);

    /// <summary>A number computed exactly from the distributions.</summary>
    protected static Readout Exact(string name, string doc, Func<TRun, double> value) =>
        new(name, doc, (run, _) => value((TRun)run), Source: ReadoutSource.Exact);

    /// <summary>An estimate from the draws revealed, with its standard error.</summary>
    protected static Readout Sampled(string name, string doc, Func<TRun, int, double> value, Func<TRun, int, double> error) =>
        new(name, doc, (run, revealed) => value((TRun)run, revealed), Source: ReadoutSource.Sampled, Error: (run, revealed) => error((TRun)run, revealed));
}
