using Renderer.Scenes.Diagnostics;

namespace Renderer.Scenes.Model;

/// <summary>A number shown on screen: a simulation output ("ce.mean") or a literal.</summary>
public sealed record ValueRef(SourcePosition At, string? Simulation, string? Property, double? Literal)
{
    public override string ToString() => Literal is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Simulation}.{Property}";
}
