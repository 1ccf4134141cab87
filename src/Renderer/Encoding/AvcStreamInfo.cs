using System.Buffers.Binary;
using System.Security.Cryptography;
using Renderer.Encoding.Mp4;

namespace Renderer.Encoding;

/// <summary>
/// What ffprobe says of an H.264 MP4's video stream (codec, profile, size, pixel format, time base, extradata hash,
/// duration), read from the file's sample description and the SPS inside it: the stream parameters a segment is
/// recorded with, without starting ffprobe for every segment (0.1–0.2 s of CPU each, most of it the dynamic loader).
/// Named exactly as ffprobe names them (tested against it); streams it does not know (not H.264, intra or high bit
/// depth profiles, no colour box) give null and the caller asks ffprobe.
/// </summary>
public static class AvcStreamInfo
{
    private const int VisualSampleEntryFields = 78;

    /// <summary>The stream's parameters, or null when this reader does not describe such a stream as ffprobe would.</summary>
    /// <exception cref="Mp4FormatException">Not an MP4 this reader can take apart.</exception>
    public static StreamParameters? Read(string path)
    {
        var track = Mp4VideoTrack.Read(path);
        try
        {
            return Describe(track);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException or InvalidOperationException)
        {
            throw new Mp4FormatException($"the sample description does not hold together ({e.Message})");
        }
    }

    private static StreamParameters? Describe(Mp4VideoTrack track)
    {
        var stsd = track.SampleDescription;
        var box = Mp4Box.ReadAll(stsd, 0, stsd.Length).Single();
        var entry = Mp4Box.ReadAll(stsd, box.PayloadStart + 8, box.End).FirstOrDefault();
        if (entry.Type != "avc1" || entry.PayloadSize < VisualSampleEntryFields) return null;
        var width = BinaryPrimitives.ReadUInt16BigEndian(stsd.AsSpan(entry.PayloadStart + 24));
        var height = BinaryPrimitives.ReadUInt16BigEndian(stsd.AsSpan(entry.PayloadStart + 26));
        var children = Mp4Box.ReadAll(stsd, entry.PayloadStart + VisualSampleEntryFields, entry.End);
        if (children.FirstOrDefault(c => c.Type == "avcC") is not { Type: not null } avcC || children.FirstOrDefault(c => c.Type == "colr") is not { Type: not null } colr)
            return null;
        var configuration = avcC.Payload(stsd);
        var colour = colr.Payload(stsd);
        if (configuration.Length < 8 || colour.Length < 11 || !colour[..4].SequenceEqual("nclx"u8)) return null;
        var fullRange = (colour[10] & 0x80) != 0;
        var (profile, chroma, bitDepth) = SequenceParameters(configuration);
        var name = ProfileName(profile, configuration[2]);
        var pixelFormat = (chroma, bitDepth) switch
        {
            (1, 8) => "yuv420p",
            (2, 8) => "yuv422p",
            (3, 8) => "yuv444p",
            _ => null,
        };
        if (name is null || pixelFormat is null) return null;
        if (fullRange) pixelFormat = "yuvj" + pixelFormat[3..];
        var extradata = "SHA256:" + Convert.ToHexStringLower(SHA256.HashData(configuration));
        return new StreamParameters("h264", name, width, height, pixelFormat, $"1/{track.MediaTimescale}", extradata,
            Math.Round((double)track.MovieDuration / track.MovieTimescale, 6));
    }

    /// <summary>profile_idc, chroma_format_idc and luma bit depth of the first SPS in an avcC payload.</summary>
    private static (int Profile, int Chroma, int BitDepth) SequenceParameters(ReadOnlySpan<byte> avcC)
    {
        if ((avcC[5] & 0x1f) < 1) throw new Mp4FormatException("the avcC box has no SPS");
        var length = BinaryPrimitives.ReadUInt16BigEndian(avcC[6..]);
        if (avcC.Length < 8 + length || length < 4) throw new Mp4FormatException("the avcC box's SPS is cut off");
        var bits = new ExpGolombReader(Unescape(avcC.Slice(8 + 1, length - 1))); // after the NAL header byte
        var profile = bits.Bits(8);
        bits.Bits(16); // constraint flags and level
        bits.UnsignedExpGolomb(); // seq_parameter_set_id
        if (profile is not (100 or 110 or 122 or 244 or 44 or 83 or 86 or 118 or 128 or 138 or 139 or 134 or 135)) return (profile, 1, 8);
        var chroma = bits.UnsignedExpGolomb();
        if (chroma == 3) bits.Bits(1); // separate_colour_plane_flag
        return (profile, chroma, 8 + bits.UnsignedExpGolomb());
    }

    /// <summary>libavcodec's names for the profiles our encoder can make; null for any other.</summary>
    private static string? ProfileName(int profile, byte constraints)
    {
        var intra = (constraints & 0x10) != 0;
        return profile switch
        {
            66 => (constraints & 0x40) != 0 ? "Constrained Baseline" : "Baseline",
            77 => "Main",
            88 => "Extended",
            100 => "High",
            110 when !intra => "High 10",
            122 when !intra => "High 4:2:2",
            244 when !intra => "High 4:4:4 Predictive",
            _ => null,
        };
    }

    /// <summary>The RBSP: a NAL unit without its emulation prevention bytes (00 00 03 → 00 00).</summary>
    private static byte[] Unescape(ReadOnlySpan<byte> nal)
    {
        var output = new List<byte>(nal.Length);
        var zeros = 0;
        foreach (var b in nal)
        {
            if (zeros >= 2 && b == 3)
            {
                zeros = 0;
                continue;
            }
            output.Add(b);
            zeros = b == 0 ? zeros + 1 : 0;
        }
        return [.. output];
    }

    private sealed class ExpGolombReader(byte[] data)
    {
        private int position;

        public int Bits(int count)
        {
            var value = 0;
            for (var i = 0; i < count; i++)
            {
                if (position >= data.Length * 8) throw new Mp4FormatException("the SPS ends early");
                value = value << 1 | (data[position >> 3] >> (7 - (position & 7)) & 1);
                position++;
            }
            return value;
        }

        public int UnsignedExpGolomb()
        {
            var zeros = 0;
            while (Bits(1) == 0)
                if (++zeros > 31) throw new Mp4FormatException("the SPS holds a malformed number");
            return (1 << zeros) - 1 + Bits(zeros);
        }
    }
}
