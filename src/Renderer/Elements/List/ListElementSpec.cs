using Renderer.Elements.Shared;
using Renderer.Elements.Text;
using Renderer.Scenes.Model;

namespace Renderer.Elements.List;

/// <summary>A list of items (text with inline maths), each with its own sub-items, shown at once or one by one.</summary>
public sealed record ListElementSpec(ElementCommon Common, IReadOnlyList<ListItemSpec> Items, ListMarker Marker, TextRole Role, string Color, string MarkerColor, ListReveal Reveal, StepTiming Timing) : ElementSpec(Common)
{
    /// <summary>Every item, depth first: the order they are drawn and revealed in.</summary>
    public IEnumerable<(ListItemSpec Item, int Depth, int Number)> Flatten() => Flatten(Items, 0);

    private static IEnumerable<(ListItemSpec, int, int)> Flatten(IReadOnlyList<ListItemSpec> items, int depth)
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return (items[i], depth, i + 1);
            foreach (var child in Flatten(items[i].Items, depth + 1)) yield return child;
        }
    }
}

/// <summary>One item: its text, and the items nested under it.</summary>
public sealed record ListItemSpec(string Text, IReadOnlyList<ListItemSpec> Items);

/// <summary>What stands before each item.</summary>
public enum ListMarker { Bullet, Number, None }

/// <summary>Whether the items are there from the start or come in one after another.</summary>
public enum ListReveal { All, OneByOne }
