using Renderer.Scenes.Model;

namespace Renderer.Elements.Readouts;

/// <summary>A column (or row) of labelled numbers bound to simulation outputs.</summary>
public sealed record ReadoutsElementSpec(ElementCommon Common, IReadOnlyList<ReadoutSpec> Items, ReadoutLayout Layout = ReadoutLayout.Column) : ElementSpec(Common);

/// <summary>One readout: a label (may hold inline maths), a value, its digits after the point, a unit.</summary>
public sealed record ReadoutSpec(string Label, ValueRef Value, int Digits, string? Unit, string Color);

/// <summary>Column: one labelled number per row. Row: side by side, each label above its number (a compact dashboard).</summary>
public enum ReadoutLayout { Column, Row }

/// <summary>
/// How a panel ended up laid out in its box: as asked (row, column), or, when a column's labels and numbers do not
/// fit side by side, each label above its number.
/// </summary>
public enum ReadoutArrangement { Column, Row, Stacked }
