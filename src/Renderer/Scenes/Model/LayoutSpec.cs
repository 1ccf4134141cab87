namespace Renderer.Scenes.Model;

/// <summary>
/// Where an element sits, as fractions (x, y, width, height) of the slide's content area, so a scene
/// lays out the same at any resolution. Named areas ("left", "right", "top", ...) are shorthands.
/// </summary>
public sealed record LayoutSpec(double X, double Y, double Width, double Height)
{
    public static LayoutSpec Full { get; } = new(0, 0, 1, 1);

    public static IReadOnlyDictionary<string, LayoutSpec> Named { get; } = new Dictionary<string, LayoutSpec>
    {
        ["full"] = Full,
        ["left"] = new(0, 0, 0.48, 1),
        ["right"] = new(0.52, 0, 0.48, 1),
        ["top"] = new(0, 0, 1, 0.48),
        ["bottom"] = new(0, 0.52, 1, 0.48),
        ["center"] = new(0.15, 0.2, 0.7, 0.6),
        ["top-left"] = new(0, 0, 0.48, 0.48),
        ["top-right"] = new(0.52, 0, 0.48, 0.48),
        ["bottom-left"] = new(0, 0.52, 0.48, 0.48),
        ["bottom-right"] = new(0.52, 0.52, 0.48, 0.48),
        ["left-third"] = new(0, 0, 0.32, 1),
        ["middle-third"] = new(0.34, 0, 0.32, 1),
        ["right-third"] = new(0.68, 0, 0.32, 1),
        ["left-two-thirds"] = new(0, 0, 0.64, 1),
        ["right-two-thirds"] = new(0.36, 0, 0.64, 1),
    };
}
