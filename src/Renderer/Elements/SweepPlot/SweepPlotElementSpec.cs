using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.SweepPlot;

/// <summary>An estimate sweep against its step t: exact curve, sampled estimates, and the floor the path reaches.</summary>
public sealed record SweepPlotElementSpec(ElementCommon Common, string Simulation) : ElementSpec(Common);
