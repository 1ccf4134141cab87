using System.Globalization;

namespace Renderer.Rendering;

/// <summary>An inclusive range of frame indices, written "A..B" on the command line.</summary>
public readonly record struct FrameRange(int First, int Last)
{
    public int Count => Last - First + 1;

    public static bool TryParse(string text, out FrameRange range)
    {
        range = default;
        var parts = text.Split("..");
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            || last < first)
            return false;
        range = new FrameRange(first, last);
        return true;
    }

    public override string ToString() => $"{First}..{Last}";
}
