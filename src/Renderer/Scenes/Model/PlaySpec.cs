using Renderer.Scenes.Diagnostics;
using Renderer.Timeline;

namespace Renderer.Scenes.Model;

/// <summary>
/// How a slide reveals a simulation's trace over its time: from step <see cref="From"/> to <see cref="To"/>
/// (null = the whole trace), either linearly or accelerating (the first <see cref="OneByOne"/> steps one at a
/// time, <see cref="StepTime"/> each, then a geometric ramp so the count grows at a constant rate on a log axis).
/// </summary>
public sealed record PlaySpec(
    SourcePosition At,
    string Simulation,
    Pace Pace,
    int From,
    int? To,
    Duration Start,
    Duration? End,
    int OneByOne,
    Duration StepTime);

public enum Pace { Linear, Accelerate }
