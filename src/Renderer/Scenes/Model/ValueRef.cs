using Renderer.Scenes.Diagnostics;

namespace Renderer.Scenes.Model;

/// <summary>A number shown on screen: a simulation output ("ce.mean"), a literal, or an expression of parameters ("mu").</summary>
public sealed record ValueRef(SourcePosition At, string? Simulation, string? Property, double? Literal)
{
    /// <summary>An expression of the scene's parameters, evaluated at each frame; null for the other forms.</summary>
    public ExpressionSpec? Expression { get; init; }

    public override string ToString() =>
        Expression is { } e ? e.Source : Literal is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Simulation}.{Property}";
}
