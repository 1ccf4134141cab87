using System.Buffers.Binary;

namespace Renderer.Encoding.Mp4;

/// <summary>
/// One ISO base media file format box (ISO/IEC 14496-12, §4.2) inside a byte buffer: its four-character type and
/// where its header and payload lie. Boxes larger than 4 GiB (the 64-bit "largesize") and "to end of file" sizes
/// are read; a size that runs past its parent is a <see cref="Mp4FormatException"/>.
/// </summary>
public readonly record struct Mp4Box(string Type, int Start, int HeaderSize, int Size)
{
    public int PayloadStart => Start + HeaderSize;

    public int PayloadSize => Size - HeaderSize;

    public int End => Start + Size;

    public ReadOnlySpan<byte> Payload(ReadOnlySpan<byte> buffer) => buffer.Slice(PayloadStart, PayloadSize);

    public ReadOnlySpan<byte> Whole(ReadOnlySpan<byte> buffer) => buffer.Slice(Start, Size);

    /// <summary>The boxes laid end to end in <paramref name="buffer"/>[<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static List<Mp4Box> ReadAll(ReadOnlySpan<byte> buffer, int start, int end)
    {
        var boxes = new List<Mp4Box>();
        for (var at = start; at < end;)
        {
            var box = Read(buffer, at, end);
            boxes.Add(box);
            at = box.End;
        }
        return boxes;
    }

    /// <summary>The children of a container box (moov, trak, mdia, …), whose payload is nothing but boxes.</summary>
    public List<Mp4Box> Children(ReadOnlySpan<byte> buffer) => ReadAll(buffer, PayloadStart, End);

    private static Mp4Box Read(ReadOnlySpan<byte> buffer, int at, int end)
    {
        if (end - at < 8) throw new Mp4FormatException($"a box header at byte {at} is cut off");
        long size = BinaryPrimitives.ReadUInt32BigEndian(buffer[at..]);
        var type = System.Text.Encoding.ASCII.GetString(buffer.Slice(at + 4, 4));
        var header = 8;
        if (size == 1)
        {
            if (end - at < 16) throw new Mp4FormatException($"the '{type}' box at byte {at} has a cut-off size");
            size = (long)BinaryPrimitives.ReadUInt64BigEndian(buffer[(at + 8)..]);
            header = 16;
        }
        else if (size == 0)
        {
            size = end - at;
        }
        if (size < header || size > end - at) throw new Mp4FormatException($"the '{type}' box at byte {at} claims {size} bytes, past its parent's end");
        return new Mp4Box(type, at, header, (int)size);
    }
}
