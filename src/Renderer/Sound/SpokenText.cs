using System.Text;

namespace Renderer.Sound;

/// <summary>
/// The words handed to espeak-ng, made safe to read as plain text. espeak-ng runs without SSML (<c>-m</c> is never
/// given), so tags are read out as words and nothing in the text can change voices or open files; what is left is its
/// phoneme notation, <c>[[…]]</c>, which it reads even in plain text: the brackets are parted so they are only brackets.
/// Control characters become spaces and runs of white space one space.
/// </summary>
public static class SpokenText
{
    public static string Prepare(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            bool space = char.IsControl(c) || char.IsWhiteSpace(c);
            if (space)
            {
                if (plain.Length > 0 && plain[^1] != ' ') plain.Append(' ');
            }
            // "[[" and "]]" open and close phoneme codes: a space between the brackets keeps them literal.
            else if ((c == '[' || c == ']') && plain.Length > 0 && plain[^1] == c) plain.Append(' ').Append(c);
            else plain.Append(c);
        }
        return plain.ToString().Trim();
    }
}
