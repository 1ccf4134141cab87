using Renderer.Scenes.Diagnostics;

namespace Renderer.Scenes.Model.Elements;

/// <summary>One thing on a slide. Each kind is a reusable building block; scenes compose them.</summary>
public abstract record ElementSpec(ElementCommon Common)
{
    public abstract string Kind { get; }
}

/// <summary>What every element has: where it was written, where it sits, how it enters and leaves.</summary>
public sealed record ElementCommon(SourcePosition At, LayoutSpec Layout, AnimationSpec Enter, AnimationSpec Exit);
