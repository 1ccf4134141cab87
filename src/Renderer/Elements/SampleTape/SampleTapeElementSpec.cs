using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.SampleTape;

/// <summary>The most recent draws of a sampling simulation, newest first, each with the value it added.</summary>
public sealed record SampleTapeElementSpec(ElementCommon Common, string Simulation, int Count) : ElementSpec(Common);
