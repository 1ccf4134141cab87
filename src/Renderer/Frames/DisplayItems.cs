namespace Renderer.Frames;

/// <summary>One drawing instruction of a frame, in design units, colours already faded by animation.</summary>
public abstract record DisplayItem;

public sealed record RectItem(Box Box, Rgba? Fill, Rgba? Stroke = null, double StrokeWidth = 0, double CornerRadius = 0) : DisplayItem;

public sealed record LineItem(Vec2 From, Vec2 To, Rgba Color, double Width, LineDash Dash = LineDash.Solid) : DisplayItem;

/// <summary>An open polyline; <see cref="Points"/> is owned by the item (never mutated after creation).</summary>
public sealed record PolylineItem(IReadOnlyList<Vec2> Points, Rgba Color, double Width, LineDash Dash = LineDash.Solid) : DisplayItem;

public sealed record PolygonItem(IReadOnlyList<Vec2> Points, Rgba Fill) : DisplayItem;

public sealed record CircleItem(Vec2 Center, double Radius, Rgba? Fill, Rgba? Stroke = null, double StrokeWidth = 0) : DisplayItem;

/// <summary>A single line of text; <see cref="Baseline"/> is the anchor point on the baseline.</summary>
public sealed record TextItem(string Text, Vec2 Baseline, FontSpec Font, Rgba Color, TextAnchor Anchor = TextAnchor.Left) : DisplayItem;

/// <summary>A typeset formula with its left edge at <see cref="Origin"/>.X and its baseline at Origin.Y.</summary>
public sealed record FormulaItem(Formula Formula, Vec2 Origin, double Scale, Rgba Color) : DisplayItem;

public enum TextAnchor { Left, Center, Right }

public enum LineDash { Solid, Dashed, Dotted }
