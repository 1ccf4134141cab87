using Renderer.Frames;

namespace Renderer.Text;

/// <summary>Greedy word wrapping with measured widths; a word longer than the line gets a line of its own.</summary>
public static class TextWrap
{
    public static IReadOnlyList<string> Lines(string text, FontSpec font, double maxWidth, ITextMeasurer measurer)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && measurer.Width(candidate, font) > maxWidth)
                {
                    lines.Add(current);
                    current = word;
                }
                else current = candidate;
            }
            lines.Add(current);
        }
        return lines;
    }
}
