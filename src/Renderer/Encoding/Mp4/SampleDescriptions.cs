using System.Buffers.Binary;

namespace Renderer.Encoding.Mp4;

/// <summary>
/// The <c>stsd</c> box of a video track, compared and rewritten around its one per-file field: the <c>btrt</c> box
/// inside the sample entry (buffer size, maximum and average bit rate), which ffmpeg fills from each file's own
/// size and length. Everything else (codec, size, the decoder configuration with SPS and PPS, colour and aspect
/// boxes) must be byte-equal for pieces to share one description.
/// </summary>
public static class SampleDescriptions
{
    /// <summary>Size of a VisualSampleEntry's fields before its child boxes (ISO/IEC 14496-12, §12.1.3).</summary>
    private const int VisualSampleEntryFields = 78;

    private static readonly HashSet<string> VisualEntries = ["avc1", "avc3", "hvc1", "hev1"];

    /// <summary>True when the two describe the same stream, whatever their bit rates.</summary>
    public static bool Equivalent(byte[] a, byte[] b) => WithBitrate(a, 0).AsSpan().SequenceEqual(WithBitrate(b, 0));

    /// <summary>A copy whose <c>btrt</c> (if any) says <paramref name="averageBitsPerSecond"/> for average and maximum and 0 for the buffer, as ffmpeg writes it for a copied stream.</summary>
    public static byte[] WithBitrate(byte[] stsd, uint averageBitsPerSecond)
    {
        var copy = (byte[])stsd.Clone();
        if (Bitrate(copy) is { } at)
        {
            BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(at), 0);
            BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(at + 4), averageBitsPerSecond);
            BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(at + 8), averageBitsPerSecond);
        }
        return copy;
    }

    /// <summary>Where the btrt box's 12 bytes of payload start in <paramref name="stsd"/>, if the one sample entry has one.</summary>
    private static int? Bitrate(byte[] stsd)
    {
        var box = Mp4Box.ReadAll(stsd, 0, stsd.Length).Single();
        // Full box: version and flags, then the entry count, then the entries.
        var entriesStart = box.PayloadStart + 8;
        if (box.PayloadSize < 8 || BinaryPrimitives.ReadUInt32BigEndian(stsd.AsSpan(box.PayloadStart + 4)) != 1)
            throw new Mp4FormatException("the sample description does not have exactly one entry");
        var entry = Mp4Box.ReadAll(stsd, entriesStart, box.End).Single();
        if (!VisualEntries.Contains(entry.Type) || entry.PayloadSize < VisualSampleEntryFields) return null;
        foreach (var child in Mp4Box.ReadAll(stsd, entry.PayloadStart + VisualSampleEntryFields, entry.End))
            if (child.Type == "btrt" && child.PayloadSize == 12) return child.PayloadStart;
        return null;
    }
}
