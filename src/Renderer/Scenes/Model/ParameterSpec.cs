using Renderer.Scenes.Diagnostics;
using Renderer.Timeline;

namespace Renderer.Scenes.Model;

/// <summary>A named number the scene declares (<c>parameters: { mu: 0.2 }</c>); slides animate it, expressions read it.</summary>
public sealed record ParameterSpec(string Name, SourcePosition At, double Value);

/// <summary>
/// A slide moving a parameter to <see cref="To"/>, starting <see cref="Start"/> after the slide begins and lasting
/// <see cref="Length"/>, eased; from the value it has at that moment.
/// </summary>
public sealed record ParameterAnimationSpec(SourcePosition At, string Parameter, double To, Duration Start, Duration Length, Easing Easing);
