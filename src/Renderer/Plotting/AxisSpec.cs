namespace Renderer.Plotting;

/// <summary>
/// What a plot wants of one axis, in data units: its range and scale, its title, and how its ticks are chosen and
/// printed. <see cref="PlotFrame"/> turns it into pixels and labels.
/// </summary>
public sealed record AxisSpec(double Min, double Max, AxisScale Scale = AxisScale.Linear)
{
    /// <summary>The axis title, rich text (may hold $maths$); null for none.</summary>
    public string? Title { get; init; }

    /// <summary>The tick values; null to choose round ones (at most <see cref="MaxTicks"/>, or powers of ten on a log axis).</summary>
    public IReadOnlyList<double>? Ticks { get; init; }

    /// <summary>Whether the given <see cref="Ticks"/> may be thinned (every other one) when their labels would run
    /// together in a narrow box; an author's ticks are kept as written (the layout lint reports them instead).</summary>
    public bool ThinToFit { get; init; }

    /// <summary>Most ticks when they are chosen; 0 lets the frame pick as many as fit at a comfortable spacing.</summary>
    public int MaxTicks { get; init; }

    /// <summary>Digits after the point of the tick labels; null for the fewest that print every tick distinctly.</summary>
    public int? Decimals { get; init; }

    /// <summary>Grid lines across the plot at the ticks.</summary>
    public bool Grid { get; init; } = true;

    /// <summary>Tick marks and labels; false for an axis whose positions the element labels itself (categories).</summary>
    public bool Labels { get; init; } = true;
}
