using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;

namespace Renderer.Language;

/// <summary>Reads where an element sits: a named area ('at') or a box of fractions ('box').</summary>
internal static class LayoutReader
{
    public static Placement Read(MapReader map)
    {
        if (map.Has("at") && map.Has("box"))
            map.Context.Error(map.Value("box")!, "an element has both 'at' and 'box'", "use one: a named area or a box [x, y, width, height]");
        if (map.String("at") is { } name && !AnchorReader.LooksLikeAnchor(name))
        {
            if (AreaPlacement.Named.ContainsKey(name)) return new AreaPlacement(name);
            map.Context.Error(map.Value("at")!, $"unknown area '{name}'", Suggestions.Hint(name, AreaPlacement.Named.Keys.ToList()));
            return Placement.Full;
        }
        if (map.DoubleList("box", 0, 1) is { } box)
        {
            if (box.Count != 4)
            {
                map.Context.Error(map.Value("box")!, $"'box' has {box.Count} numbers", "give [x, y, width, height] as fractions of the content area");
                return Placement.Full;
            }
            if (box[2] <= 0 || box[3] <= 0 || box[0] + box[2] > 1 + 1e-9 || box[1] + box[3] > 1 + 1e-9)
            {
                map.Context.Error(map.Value("box")!, "'box' reaches outside the content area or is empty", "keep x + width and y + height at most 1, width and height above 0");
                return Placement.Full;
            }
            return new FractionPlacement(box[0], box[1], box[2], box[3]);
        }
        return Placement.Full;
    }
}
