using Renderer.Scenes.Model;

namespace Renderer.Elements.SampleTape;

/// <summary>The most recent draws of a sampling simulation, newest first, each with the value it added.</summary>
public sealed record SampleTapeElementSpec(ElementCommon Common, string Simulation, int Count) : ElementSpec(Common);
