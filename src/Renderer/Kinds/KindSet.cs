using Renderer.Runs;

namespace Renderer.Kinds;

/// <summary>
/// The element and simulation kinds a scene may use, by name. The scene reader, the schema, the compiler and the
/// reference docs are handed one of these; the built-in list is registered in one place (<c>BuiltInKinds</c>).
/// </summary>
public sealed class KindSet
{
    private readonly Dictionary<string, ElementKind> _elements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimulationKind> _simulations = new(StringComparer.Ordinal);

    public KindSet(IEnumerable<ElementKind> elements, IEnumerable<SimulationKind> simulations)
    {
        foreach (var kind in elements)
        {
            if (kind.Main.Name != kind.Name)
                throw new ArgumentException($"element kind '{kind.Name}': its main key is named '{kind.Main.Name}'");
            if (!_elements.TryAdd(kind.Name, kind)) throw new ArgumentException($"element kind '{kind.Name}' is registered twice");
            Elements.Add(kind);
        }
        foreach (var kind in simulations)
        {
            if (!_simulations.TryAdd(kind.Name, kind)) throw new ArgumentException($"simulation kind '{kind.Name}' is registered twice");
            Simulations.Add(kind);
        }
    }

    /// <summary>Element kinds in registration order.</summary>
    public List<ElementKind> Elements { get; } = [];

    /// <summary>Simulation kinds in registration order.</summary>
    public List<SimulationKind> Simulations { get; } = [];

    public ElementKind? Element(string name) => _elements.GetValueOrDefault(name);

    public SimulationKind? Simulation(string name) => _simulations.GetValueOrDefault(name);

    /// <summary>The simulation kinds that offer <paramref name="capability"/>, for error messages.</summary>
    public IEnumerable<string> Offering(Capability capability) => Simulations.Where(s => s.Provides.Contains(capability)).Select(s => s.Name);
}
