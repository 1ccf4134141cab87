using Renderer.Scenes.Model;

namespace Renderer.Elements.SweepPlot;

/// <summary>An estimate sweep against its step t: exact curve, sampled estimates, and the floor the path reaches.</summary>
/// <param name="ErrorBars">Standard errors each error bar spans on either side of its estimate.</param>
public sealed record SweepPlotElementSpec(ElementCommon Common, string Simulation, int ErrorBars = 1) : ElementSpec(Common);
