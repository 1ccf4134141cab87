using Renderer.Frames;
using Renderer.Scenes.Model;

namespace Renderer.Kinds;

/// <summary>Where an anchor is at a frame: a box in design units (zero-sized for a point).</summary>
public delegate Box AnchorPlace(in ElementFrame frame);

/// <summary>
/// The anchor contract: an element that offers named places to annotations (a bar, a leaf, a point in data
/// coordinates). Resolved once at compile time, so an unknown name is an error at the anchor; evaluated per frame with
/// the annotating element's frame (same slide, time, cursors and parameters), so an annotation follows a place that moves.
/// Every element also offers its layout box's <c>box</c>, <c>center</c>, <c>top</c>, <c>bottom</c>, <c>left</c>, <c>right</c>.
/// </summary>
public interface IAnchorTarget
{
    /// <summary>The anchors it offers, as written after the id (e.g. "data(x, y)", "P.A"), for messages.</summary>
    IReadOnlyList<string> AnchorNames { get; }

    /// <summary>The place <paramref name="anchor"/> names, or null when it names nothing here.</summary>
    AnchorPlace? Anchor(AnchorSpec anchor, ElementCompileContext context);
}
