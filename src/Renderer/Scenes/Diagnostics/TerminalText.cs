using System.Text;

namespace Renderer.Scenes.Diagnostics;

/// <summary>Makes text from an untrusted source safe to print: control characters shown as code points, length cut.</summary>
public static class TerminalText
{
    public static string Safe(string text, int maxLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = true;
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                clean = false;
                break;
            }
        }

        if (clean && text.Length <= maxLength) return text;
        var sb = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        foreach (var c in text)
        {
            if (sb.Length >= maxLength) break;
            if (c == '\n') sb.Append("\\n");
            else if (c == '\t') sb.Append(' ');
            else if (IsUnsafe(c)) sb.Append($"U+{(int)c:X4}");
            else sb.Append(c);
        }

        if (sb.Length >= maxLength || text.Length > maxLength)
        {
            sb.Length = Math.Min(sb.Length, Math.Max(0, maxLength - 1));
            sb.Append('…');
        }

        return sb.ToString();
    }

    /// <summary>C0/C1 controls and the bidirectional overrides that can make a line display other than it reads.</summary>
    private static bool IsUnsafe(char c) => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
