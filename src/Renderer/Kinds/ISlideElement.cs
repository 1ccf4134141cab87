using Renderer.Frames;
using Renderer.Scenes.Model;

namespace Renderer.Kinds;

/// <summary>
/// A compiled element: holds what it precomputed (layout, formulas, trace references) and turns a moment
/// of its slide into display items. Render must be a pure function of its arguments.
/// </summary>
public interface ISlideElement
{
    ElementCommon Common { get; }

    void Render(in ElementFrame frame, DisplayListBuilder output);
}
