namespace Renderer.Scenes.Model;

/// <summary>
/// Where an element sits in its slide's content region: a named area, a box of fractions, or a slot of a container.
/// Resolved when the scene compiles, when the region's size (and so its shape) is known, so one scene lays out at
/// any aspect ratio: in a region taller than wide, areas and rows that sit side by side stack instead.
/// </summary>
public abstract record Placement
{
    public static Placement Full { get; } = new FractionPlacement(0, 0, 1, 1);

    /// <summary>The rectangle, in the region's units, for a region of that rectangle.</summary>
    public abstract Rect Resolve(Rect region, bool stacked);
}

/// <summary>A rectangle in whatever units its region is in.</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public Rect Part(double x, double y, double width, double height) => new(X + x * Width, Y + y * Height, width * Width, height * Height);
}

/// <summary>A box given as fractions (x, y, width, height) of the region.</summary>
public sealed record FractionPlacement(double X, double Y, double Width, double Height) : Placement
{
    public override Rect Resolve(Rect region, bool stacked) => region.Part(X, Y, Width, Height);
}

/// <summary>
/// A named area ("left", "top-right", "middle-third"...). Areas that split the region side by side become the
/// matching top-to-bottom split when the region is taller than wide: left is then the top half, right the bottom.
/// </summary>
public sealed record AreaPlacement(string Name) : Placement
{
    public static IReadOnlyDictionary<string, FractionPlacement> Named { get; } = new Dictionary<string, FractionPlacement>
    {
        ["full"] = new(0, 0, 1, 1),
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

    public override Rect Resolve(Rect region, bool stacked)
    {
        var f = Named[Name];
        // Side-by-side areas span the full height: in a tall region they turn into bands of the full width.
        return stacked && f.Height >= 1 && f.Width < 1 ? region.Part(0, f.X, 1, f.Width) : region.Part(f.X, f.Y, f.Width, f.Height);
    }
}

/// <summary>The place of child <see cref="Index"/> of a container that is itself placed by <see cref="Parent"/>.</summary>
public sealed record SlotPlacement(Placement Parent, ContainerLayout Layout, int Index) : Placement
{
    public override Rect Resolve(Rect region, bool stacked) => Layout.Slot(Parent.Resolve(region, stacked), Index, stacked);
}
