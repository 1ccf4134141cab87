using Renderer.Scenes.Model;

namespace Renderer.Elements.SweepPlot;

/// <summary>An estimate sweep against its step t: exact curve, sampled estimates, and the floor the path reaches.</summary>
public sealed record SweepPlotElementSpec(ElementCommon Common, string Simulation) : ElementSpec(Common);
