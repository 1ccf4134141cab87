using Renderer.Scenes.Model;

namespace Renderer.Elements.Bars;

/// <summary>
/// Grouped bar chart of one or more discrete distributions over the same outcomes, values labelled. Optionally
/// highlights the outcome a sampling simulation just drew, and shows each outcome's information -log Q(x) under a
/// chosen distribution.
/// </summary>
public sealed record BarsElementSpec(
    ElementCommon Common,
    IReadOnlyList<string> Distributions,
    string? Highlight,
    string? Information,
    int Digits,
    double? YMax,
    bool Values)
    : ElementSpec(Common);
