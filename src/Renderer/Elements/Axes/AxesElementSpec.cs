using Renderer.Frames;
using Renderer.Plotting;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Axes;

/// <summary>A plot: two axes and the series drawn on them.</summary>
public sealed record AxesElementSpec(ElementCommon Common, AxisDeclaration X, AxisDeclaration? Y, IReadOnlyList<SeriesSpec> Series, bool? Legend)
    : ElementSpec(Common);

/// <summary>One axis as written: its range (null for y: fitted to the data), scale, title (rich text), ticks, grid.</summary>
public sealed record AxisDeclaration(SourcePosition At, double? Min, double? Max, AxisScale Scale, string? Title, IReadOnlyList<double>? Ticks, bool Grid);

/// <summary>How a series' line looks; colour null = the next series colour of the theme.</summary>
public sealed record SeriesStyle(string? Color, double Width, LineDash Dash, double Opacity, string? Label);

/// <summary>One series of an axes element.</summary>
public abstract record SeriesSpec(SourcePosition At, SeriesStyle Style);

/// <summary>y = f(x) over a range of x (the x axis's by default).</summary>
public sealed record FunctionSeriesSpec(SourcePosition At, SeriesStyle Style, ExpressionSpec Function, double? From, double? To, int Samples)
    : SeriesSpec(At, Style);

/// <summary>(x(t), y(t)) for t over a range.</summary>
public sealed record ParametricSeriesSpec(SourcePosition At, SeriesStyle Style, ExpressionSpec X, ExpressionSpec Y, double From, double To, int Samples)
    : SeriesSpec(At, Style);

/// <summary>Data points from the scene or a CSV file: dots (scatter) or a line through them.</summary>
public sealed record PointsSeriesSpec(SourcePosition At, SeriesStyle Style, IReadOnlyList<(double X, double Y)> Points, bool Line, bool Markers, double MarkerSize)
    : SeriesSpec(At, Style);

/// <summary>The region between y = f(x) and y = g(x) (or the axis) over a range of x, filled.</summary>
public sealed record AreaSeriesSpec(SourcePosition At, SeriesStyle Style, ExpressionSpec Upper, ExpressionSpec? Lower, double? From, double? To, int Samples)
    : SeriesSpec(At, Style);

/// <summary>A vertical or horizontal line across the data area at a value, optionally labelled.</summary>
public sealed record RuleSeriesSpec(SourcePosition At, SeriesStyle Style, bool Vertical, ExpressionSpec Value)
    : SeriesSpec(At, Style);

/// <summary>A histogram of the values a sampling simulation has drawn so far, in bins over the x axis.</summary>
public sealed record HistogramSeriesSpec(SourcePosition At, SeriesStyle Style, string Simulation, int Bins, bool Density)
    : SeriesSpec(At, Style);
