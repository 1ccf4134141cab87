namespace Renderer.Language;

/// <summary>
/// The still the reference shows for an element kind, a path relative to docs/. The stills are drawn by
/// tools/stills.sh from docs/stills/stills.yaml (one slide per group of kinds); a test keeps every path here real.
/// </summary>
public static class ReferenceStills
{
    public static IReadOnlyDictionary<string, string> ByKind { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["axes"] = "stills/axes.png",
        ["circle"] = "stills/shapes.png",
        ["rect"] = "stills/shapes.png",
        ["line"] = "stills/shapes.png",
        ["polyline"] = "stills/shapes.png",
        ["polygon"] = "stills/shapes.png",
        ["arrow"] = "stills/annotations.png",
        ["brace"] = "stills/annotations.png",
        ["dot"] = "stills/annotations.png",
        ["label"] = "stills/annotations.png",
        ["image"] = "stills/image.png",
        ["list"] = "stills/list.png",
        ["table"] = "stills/table.png",
        ["code"] = "stills/code.png",
        ["math"] = "stills/math.png",
    };
}
