using Renderer.Scenes.Diagnostics;

namespace Renderer.Scenes.Model;

/// <summary>One thing on a slide. Each kind is a reusable building block; scenes compose them.</summary>
public abstract record ElementSpec(ElementCommon Common)
{
    /// <summary>The kind's name as written in YAML, e.g. "bars".</summary>
    public string Kind => Common.Kind;
}

/// <summary>What every element has: its kind, where it was written, where it sits, how it enters and leaves.</summary>
public sealed record ElementCommon(string Kind, SourcePosition At, Placement Layout, AnimationSpec Enter, AnimationSpec Exit)
{
    /// <summary>Meant to sit on top of other elements (an annotation, a highlight): the layout check lets its ink overlap theirs.</summary>
    public bool Overlay { get; init; }
    /// <summary>The name other elements of the slide use to point at this one (<c>id: plot</c> → <c>plot.data(1, 2)</c>).</summary>
    public string? Id { get; init; }

    /// <summary>An anchor on another element given with <c>at</c> (for annotations), instead of a named area.</summary>
    public AnchorSpec? Place { get; init; }
}
