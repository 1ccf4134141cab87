namespace Renderer.Typesetting;

/// <summary>
/// Undoes TeX's <c>^^</c> character notation the way TeX's input routine does, so that a check reads what TeX will
/// read: <c>^^69</c> (two lowercase hex digits) is <c>i</c>, <c>^^I</c> (one character below 128) is that character
/// ± 64, and a decoded character is examined again, so <c>^^5e^5e69</c> is <c>^^69</c> is <c>i</c>.
/// </summary>
/// <remarks>
/// Decoding the whole source, comments included, can only make a check stricter than TeX (a <c>^^0a</c> inside a
/// comment ends the comment here, not in TeX): it never hides from the check something TeX would see.
/// </remarks>
internal static class TexCaretDecoder
{
    /// <summary>The decoded text and, for each of its characters, the index in <paramref name="source"/> it came from.</summary>
    public static (string Text, int[] Origins) Decode(string source)
    {
        if (!source.Contains("^^", StringComparison.Ordinal))
            return (source, Enumerable.Range(0, source.Length).ToArray());

        var chars = new List<char>(source);
        var origins = Enumerable.Range(0, source.Length).ToList();
        var p = 0;
        while (p < chars.Count)
        {
            if (chars[p] == '^' && p + 1 < chars.Count && chars[p + 1] == '^')
            {
                // At the end of a line TeX sees its end-of-line character (^^M) after the carets, and the line ends.
                if (p + 2 == chars.Count || chars[p + 2] == '\n')
                {
                    Replace(p, Math.Min(3, chars.Count - p), 'M');
                    continue;
                }

                if (chars[p + 2] == '\r')
                {
                    Replace(p, p + 3 < chars.Count && chars[p + 3] == '\n' ? 4 : 3, 'M');
                    continue;
                }

                var c = chars[p + 2];
                if (p + 3 < chars.Count && IsLowerHex(c) && IsLowerHex(chars[p + 3]))
                {
                    Replace(p, 4, (char)(HexValue(c) * 16 + HexValue(chars[p + 3])));
                    continue; // TeX looks at the decoded character again
                }

                if (c < 128)
                {
                    Replace(p, 3, (char)(c < 64 ? c + 64 : c - 64));
                    continue;
                }
            }

            p++;
        }

        return (new string(chars.ToArray()), origins.ToArray());

        void Replace(int at, int length, char decoded)
        {
            chars[at] = decoded;
            if (length > 1)
            {
                chars.RemoveRange(at + 1, length - 1);
                origins.RemoveRange(at + 1, length - 1);
            }
        }
    }

    private static bool IsLowerHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f');

    private static int HexValue(char c) => c <= '9' ? c - '0' : c - 'a' + 10;
}
