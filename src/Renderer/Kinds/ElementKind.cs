using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Kinds;

/// <summary>
/// Everything about one element kind, in one place: its name, its keys (type, default, range, doc), an example,
/// how it is read from YAML and how it compiles into something that draws. The scene reader, the schema, the
/// compiler and the reference docs all iterate over the registered kinds; none of them knows a kind by name.
/// </summary>
public abstract class ElementKind
{
    /// <summary>The key that names the kind in YAML, e.g. "bars" in <c>{ bars: [P, Q] }</c>.</summary>
    public abstract string Name { get; }

    /// <summary>What the element shows, for the reference (a sentence or two, Markdown).</summary>
    public abstract string Summary { get; }

    /// <summary>The main argument: the value of the kind's own key. Its name is <see cref="Name"/>.</summary>
    public abstract Key Main { get; }

    /// <summary>The kind's other keys (the layout and animation keys every element has are added by the reader).</summary>
    public abstract IReadOnlyList<Key> Keys { get; }

    /// <summary>A complete element as YAML, which the reference shows and a test loads.</summary>
    public abstract string Example { get; }

    /// <summary>Whether <c>at</c> may name an anchor on another element (annotations), rather than only an area.</summary>
    public virtual bool TakesAnchor => false;

    /// <summary>Reads the element; reports problems to the reading's diagnostics and returns null when it cannot be built.</summary>
    public abstract ElementSpec? Read(ElementReading reading);

    /// <summary>Compiles a spec this kind read into the element that draws it.</summary>
    public abstract ISlideElement Compile(ElementSpec spec, ElementCompileContext context);

    /// <summary>
    /// The scene's own text that this element hands to TeX: whole formulas, and texts with inline <c>$…$</c>. The loader
    /// checks each with the TeX guard, so <c>validate</c> refuses what <c>render</c> would (<see cref="SceneTex"/>).
    /// </summary>
    public virtual IEnumerable<SceneTex> TexOf(ElementSpec spec) => [];

    /// <summary>The type of the specs it reads.</summary>
    public abstract Type SpecType { get; }
}

/// <summary>An element kind with its spec type, so its compile step is typed.</summary>
public abstract class ElementKind<TSpec> : ElementKind where TSpec : ElementSpec
{
    public sealed override ISlideElement Compile(ElementSpec spec, ElementCompileContext context) => Compile((TSpec)spec, context);

    public sealed override Type SpecType => typeof(TSpec);

    public sealed override IEnumerable<SceneTex> TexOf(ElementSpec spec) => TexOf((TSpec)spec);

    protected abstract ISlideElement Compile(TSpec spec, ElementCompileContext context);

    protected virtual IEnumerable<SceneTex> TexOf(TSpec spec) => [];
}
