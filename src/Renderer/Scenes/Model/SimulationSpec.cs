using Renderer.Scenes.Diagnostics;

namespace Renderer.Scenes.Model;

/// <summary>A named simulation; it runs once at compile time and elements bind to its trace by name.</summary>
public abstract record SimulationSpec(string Name, SourcePosition At, ulong Seed)
{
    /// <summary>The kind as written in YAML, e.g. "cross-entropy-sampling".</summary>
    public abstract string Kind { get; }
}
