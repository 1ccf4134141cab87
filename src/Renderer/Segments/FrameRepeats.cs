namespace Renderer.Segments;

/// <summary>
/// Which frames of a segment repeat the frame before them, as keying found them (equal display-list digests): what
/// the drawing workers would otherwise learn by evaluating every frame again and comparing it with its predecessor.
/// The segment's first frame never counts as a repeat (keying compares within the segment only).
/// </summary>
public sealed class FrameRepeats
{
    private readonly bool[] _repeats;

    public FrameRepeats(bool[] repeats)
    {
        if (repeats.Length > 0 && repeats[0]) throw new ArgumentException("a segment's first frame cannot repeat a frame of the segment", nameof(repeats));
        _repeats = repeats;
    }

    /// <summary>Frames covered (the segment's length).</summary>
    public int Count => _repeats.Length;

    /// <summary>Whether frame <paramref name="offset"/> of the segment repeats the one before it.</summary>
    public bool this[int offset] => _repeats[offset];

    /// <summary>Frames that differ from the one before (the first counts): the frames drawn and encoded.</summary>
    public int Drawn => _repeats.Count(r => !r);

    /// <summary>One bit per frame, first frame in the lowest bit of the first byte, as Base64: compact in a stored plan.</summary>
    public string ToBase64()
    {
        var bytes = new byte[(_repeats.Length + 7) / 8];
        for (var i = 0; i < _repeats.Length; i++)
            if (_repeats[i]) bytes[i / 8] |= (byte)(1 << (i % 8));
        return Convert.ToBase64String(bytes);
    }

    /// <summary>The repeats of a segment of <paramref name="count"/> frames from <see cref="ToBase64"/>; null if it is not one.</summary>
    public static FrameRepeats? FromBase64(string? text, int count)
    {
        if (text is null || count < 1) return null;
        var bytes = new byte[(count + 7) / 8];
        if (!Convert.TryFromBase64String(text, bytes, out var written) || written != bytes.Length) return null;
        var repeats = new bool[count];
        for (var i = 0; i < count; i++) repeats[i] = (bytes[i / 8] & (1 << (i % 8))) != 0;
        for (var i = count; i < bytes.Length * 8; i++)
            if ((bytes[i / 8] & (1 << (i % 8))) != 0) return null; // bits past the end: not written by ToBase64
        return repeats[0] ? null : new FrameRepeats(repeats);
    }
}
