using System.Buffers.Binary;

namespace Renderer.Encoding.Mp4;

/// <summary>
/// The single video track of an unfragmented MP4, as ffmpeg's muxer writes a segment: the file's <c>ftyp</c> and
/// <c>moov</c> boxes kept whole, and the sample table unpacked (size, decoding time, composition offset and sync flag
/// of every sample, and where each chunk of samples lies in the file). Anything a segment never has (a second track,
/// fragments, sample groups, an edit list of several entries) is a <see cref="Mp4FormatException"/>.
/// </summary>
public sealed class Mp4VideoTrack
{
    /// <summary>Sample-table boxes this reader understands; any other means a layout it cannot copy faithfully.</summary>
    private static readonly HashSet<string> KnownSampleTableBoxes = ["stsd", "stts", "ctts", "stss", "stsc", "stsz", "stco", "co64"];

    public required string Path { get; init; }

    /// <summary>The whole <c>ftyp</c> box.</summary>
    public required byte[] FileType { get; init; }

    /// <summary>The whole <c>moov</c> box, the template a joined file's own is made from.</summary>
    public required byte[] Movie { get; init; }

    public required uint MovieTimescale { get; init; }

    /// <summary>The presentation's length in <see cref="MovieTimescale"/> units (the <c>mvhd</c> duration).</summary>
    public required long MovieDuration { get; init; }

    public required uint MediaTimescale { get; init; }

    /// <summary>Media time where presentation starts (the edit list's one entry; 0 without an edit list).</summary>
    public required long EditMediaTime { get; init; }

    /// <summary>The whole <c>stsd</c> box: codec, size and decoder configuration (H.264's SPS and PPS in avcC).</summary>
    public required byte[] SampleDescription { get; init; }

    public required int[] SampleSizes { get; init; }

    /// <summary>Decoding time of each sample in media timescale units, the first at 0.</summary>
    public required long[] DecodingTimes { get; init; }

    /// <summary>The last sample's decoding duration (its <c>stts</c> delta), which ends the track.</summary>
    public required long LastSampleDuration { get; init; }

    /// <summary>Presentation minus decoding time of each sample (all 0 without a <c>ctts</c> box).</summary>
    public required int[] CompositionOffsets { get; init; }

    /// <summary>The <c>ctts</c> box's version (1 allows negative offsets); null when the track has none.</summary>
    public required byte? CompositionVersion { get; init; }

    /// <summary>Which samples are sync (IDR) samples; null when every sample is (no <c>stss</c> box).</summary>
    public required bool[]? Sync { get; init; }

    /// <summary>Each chunk's file offset and sample count, in order; a chunk's samples are contiguous in the file.</summary>
    public required (long Offset, int Samples)[] Chunks { get; init; }

    public int SampleCount => SampleSizes.Length;

    /// <summary>Sum of the decoding durations, the <c>mdhd</c> duration a muxer writes.</summary>
    public long MediaDuration => SampleCount == 0 ? 0 : DecodingTimes[^1] + LastSampleDuration;

    /// <summary>Reads the track of <paramref name="path"/>; only <c>ftyp</c> and <c>moov</c> are read, not the media data.</summary>
    /// <exception cref="Mp4FormatException">Not an MP4 this reader can take apart.</exception>
    public static Mp4VideoTrack Read(string path)
    {
        using var file = File.OpenHandle(path);
        var length = RandomAccess.GetLength(file);
        byte[]? fileType = null, movie = null;
        Span<byte> header = stackalloc byte[16];
        for (long at = 0; at < length;)
        {
            if (length - at < 8) throw new Mp4FormatException($"a box header at byte {at} is cut off");
            RandomAccess.Read(file, header, at);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = System.Text.Encoding.ASCII.GetString(header.Slice(4, 4));
            if (size == 1) size = (long)BinaryPrimitives.ReadUInt64BigEndian(header[8..]);
            else if (size == 0) size = length - at;
            if (size < 8 || size > length - at) throw new Mp4FormatException($"the '{type}' box at byte {at} claims {size} bytes, past the end of the file");
            if (type is "ftyp" or "moov")
            {
                if (size > 64 << 20) throw new Mp4FormatException($"the '{type}' box is {size} bytes");
                var bytes = new byte[size];
                RandomAccess.Read(file, bytes, at);
                if (type == "ftyp") fileType = bytes;
                else movie = bytes;
            }
            else if (type is "moof" or "mfra")
            {
                throw new Mp4FormatException("the file is fragmented");
            }
            at += size;
        }
        if (fileType is null || movie is null) throw new Mp4FormatException(fileType is null ? "the file has no 'ftyp' box" : "the file has no 'moov' box");
        try
        {
            return Parse(path, fileType, movie);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException or InvalidOperationException)
        {
            // A count or offset that the checks above let through but that does not fit: damaged, not ours.
            throw new Mp4FormatException($"the movie box does not hold together ({e.Message})");
        }
    }

    private static Mp4Box Only(ReadOnlySpan<byte> buffer, List<Mp4Box> boxes, string type, string parent)
    {
        Mp4Box? found = null;
        foreach (var box in boxes)
        {
            if (box.Type != type) continue;
            if (found is not null) throw new Mp4FormatException($"'{parent}' has more than one '{type}' box");
            found = box;
        }
        return found ?? throw new Mp4FormatException($"'{parent}' has no '{type}' box");
    }

    private static Mp4Box? Optional(List<Mp4Box> boxes, string type) => boxes.Where(b => b.Type == type).Cast<Mp4Box?>().FirstOrDefault();

    private static Mp4VideoTrack Parse(string path, byte[] fileType, byte[] movie)
    {
        var moov = Mp4Box.ReadAll(movie, 0, movie.Length).Single();
        var movieChildren = moov.Children(movie);
        if (movieChildren.Any(b => b.Type == "mvex")) throw new Mp4FormatException("the file is fragmented");
        if (movieChildren.Count(b => b.Type == "trak") != 1) throw new Mp4FormatException("the file does not have exactly one track");
        var movieHeader = Only(movie, movieChildren, "mvhd", "moov");
        var track = Only(movie, movieChildren, "trak", "moov").Children(movie);
        var media = Only(movie, track, "mdia", "trak").Children(movie);
        var handler = Only(movie, media, "hdlr", "mdia").Payload(movie);
        if (handler.Length < 12 || System.Text.Encoding.ASCII.GetString(handler.Slice(8, 4)) != "vide") throw new Mp4FormatException("the track is not video");
        var mediaHeader = Only(movie, media, "mdhd", "mdia");
        var mediaInformation = Only(movie, media, "minf", "mdia").Children(movie);
        var tables = Only(movie, mediaInformation, "stbl", "minf").Children(movie);
        if (tables.FirstOrDefault(b => !KnownSampleTableBoxes.Contains(b.Type)) is { Type: { } unknown }) throw new Mp4FormatException($"the sample table has a '{unknown}' box");

        var sizes = ReadSampleSizes(Only(movie, tables, "stsz", "stbl").Payload(movie));
        var (times, lastDuration) = ReadDecodingTimes(Only(movie, tables, "stts", "stbl").Payload(movie), sizes.Length);
        var ctts = Optional(tables, "ctts");
        var offsets = ctts is { } c ? ReadCompositionOffsets(c.Payload(movie), sizes.Length) : new int[sizes.Length];
        var sync = Optional(tables, "stss") is { } stss ? SyncSamples(stss.Payload(movie), sizes.Length) : null;
        var chunkOffsets = Optional(tables, "stco") is { } stco ? ChunkOffsets(stco.Payload(movie), wide: false)
            : ChunkOffsets(Only(movie, tables, "co64", "stbl").Payload(movie), wide: true);
        var chunks = ReadChunks(Only(movie, tables, "stsc", "stbl").Payload(movie), chunkOffsets, sizes.Length);

        return new Mp4VideoTrack
        {
            Path = path,
            FileType = fileType,
            Movie = movie,
            MovieTimescale = Timescale(movieHeader.Payload(movie)),
            MovieDuration = Duration(movieHeader.Payload(movie)),
            MediaTimescale = Timescale(mediaHeader.Payload(movie)),
            EditMediaTime = Optional(track, "edts") is { } edts ? EditStart(Only(movie, edts.Children(movie), "elst", "edts").Payload(movie)) : 0,
            SampleDescription = Only(movie, tables, "stsd", "stbl").Whole(movie).ToArray(),
            SampleSizes = sizes,
            DecodingTimes = times,
            LastSampleDuration = lastDuration,
            CompositionOffsets = offsets,
            CompositionVersion = ctts is { } v ? movie[v.PayloadStart] : null,
            Sync = sync,
            Chunks = chunks,
        };
    }

    /// <summary>mvhd and mdhd: version 0 has 32-bit times, version 1 64-bit; the timescale follows the two times.</summary>
    private static uint Timescale(ReadOnlySpan<byte> payload)
    {
        var at = payload[0] == 1 ? 20 : 12;
        Need(payload, at + 4, "mvhd/mdhd");
        return BinaryPrimitives.ReadUInt32BigEndian(payload[at..]) is var scale and > 0 ? scale : throw new Mp4FormatException("a timescale is 0");
    }

    private static long Duration(ReadOnlySpan<byte> payload)
    {
        Need(payload, payload[0] == 1 ? 32 : 20, "mvhd/mdhd");
        return payload[0] == 1 ? (long)BinaryPrimitives.ReadUInt64BigEndian(payload[24..]) : BinaryPrimitives.ReadUInt32BigEndian(payload[16..]);
    }

    private static long EditStart(ReadOnlySpan<byte> elst)
    {
        Need(elst, 8, "elst");
        var version = elst[0];
        var count = BinaryPrimitives.ReadUInt32BigEndian(elst[4..]);
        if (count == 0) return 0;
        if (count != 1) throw new Mp4FormatException($"the edit list has {count} entries");
        var entry = elst[8..];
        Need(entry, version == 1 ? 20 : 12, "elst");
        long mediaTime = version == 1 ? BinaryPrimitives.ReadInt64BigEndian(entry[8..]) : BinaryPrimitives.ReadInt32BigEndian(entry[4..]);
        var rate = BinaryPrimitives.ReadInt32BigEndian(entry[(version == 1 ? 16 : 8)..]);
        if (mediaTime < 0 || rate != 0x10000) throw new Mp4FormatException("the edit list is an empty edit or changes the rate");
        return mediaTime;
    }

    private static int[] ReadSampleSizes(ReadOnlySpan<byte> stsz)
    {
        Need(stsz, 12, "stsz");
        var constant = BinaryPrimitives.ReadUInt32BigEndian(stsz[4..]);
        var count = Count(stsz[8..], "stsz");
        var sizes = new int[count];
        if (constant != 0)
        {
            Array.Fill(sizes, checked((int)constant));
            return sizes;
        }
        Need(stsz, 12 + 4L * count, "stsz");
        for (var i = 0; i < count; i++) sizes[i] = checked((int)BinaryPrimitives.ReadUInt32BigEndian(stsz[(12 + 4 * i)..]));
        return sizes;
    }

    private static (long[] Times, long LastDuration) ReadDecodingTimes(ReadOnlySpan<byte> stts, int samples)
    {
        var entries = Count(stts[4..], "stts");
        Need(stts, 8 + 8L * entries, "stts");
        var times = new long[samples];
        var (sample, time, last) = (0, 0L, 0L);
        for (var e = 0; e < entries; e++)
        {
            var count = BinaryPrimitives.ReadUInt32BigEndian(stts[(8 + 8 * e)..]);
            last = BinaryPrimitives.ReadUInt32BigEndian(stts[(12 + 8 * e)..]);
            for (var i = 0u; i < count; i++)
            {
                if (sample == samples) throw new Mp4FormatException("'stts' describes more samples than 'stsz'");
                times[sample++] = time;
                time += last;
            }
        }
        if (sample != samples) throw new Mp4FormatException("'stts' describes fewer samples than 'stsz'");
        return (times, last);
    }

    private static int[] ReadCompositionOffsets(ReadOnlySpan<byte> ctts, int samples)
    {
        var signed = ctts[0] == 1;
        var entries = Count(ctts[4..], "ctts");
        Need(ctts, 8 + 8L * entries, "ctts");
        var offsets = new int[samples];
        var sample = 0;
        for (var e = 0; e < entries; e++)
        {
            var count = BinaryPrimitives.ReadUInt32BigEndian(ctts[(8 + 8 * e)..]);
            var offset = signed ? BinaryPrimitives.ReadInt32BigEndian(ctts[(12 + 8 * e)..]) : checked((int)BinaryPrimitives.ReadUInt32BigEndian(ctts[(12 + 8 * e)..]));
            if (count > samples - sample) throw new Mp4FormatException("'ctts' describes more samples than 'stsz'");
            offsets.AsSpan(sample, (int)count).Fill(offset);
            sample += (int)count;
        }
        if (sample != samples) throw new Mp4FormatException("'ctts' describes fewer samples than 'stsz'");
        return offsets;
    }

    private static bool[] SyncSamples(ReadOnlySpan<byte> stss, int samples)
    {
        var entries = Count(stss[4..], "stss");
        Need(stss, 8 + 4L * entries, "stss");
        var sync = new bool[samples];
        for (var e = 0; e < entries; e++)
        {
            var number = BinaryPrimitives.ReadUInt32BigEndian(stss[(8 + 4 * e)..]);
            if (number < 1 || number > samples) throw new Mp4FormatException($"'stss' names sample {number} of {samples}");
            sync[number - 1] = true;
        }
        return sync;
    }

    private static long[] ChunkOffsets(ReadOnlySpan<byte> table, bool wide)
    {
        var entries = Count(table[4..], wide ? "co64" : "stco");
        Need(table, 8 + (wide ? 8L : 4L) * entries, wide ? "co64" : "stco");
        var offsets = new long[entries];
        for (var i = 0; i < entries; i++)
            offsets[i] = wide ? (long)BinaryPrimitives.ReadUInt64BigEndian(table[(8 + 8 * i)..]) : BinaryPrimitives.ReadUInt32BigEndian(table[(8 + 4 * i)..]);
        return offsets;
    }

    /// <summary>stsc runs (first chunk, samples per chunk) spread over every chunk.</summary>
    private static (long Offset, int Samples)[] ReadChunks(ReadOnlySpan<byte> stsc, long[] offsets, int samples)
    {
        var entries = Count(stsc[4..], "stsc");
        Need(stsc, 8 + 12L * entries, "stsc");
        var chunks = new (long, int)[offsets.Length];
        var total = 0L;
        for (var e = 0; e < entries; e++)
        {
            var first = BinaryPrimitives.ReadUInt32BigEndian(stsc[(8 + 12 * e)..]);
            var perChunk = BinaryPrimitives.ReadUInt32BigEndian(stsc[(12 + 12 * e)..]);
            var description = BinaryPrimitives.ReadUInt32BigEndian(stsc[(16 + 12 * e)..]);
            var next = e + 1 < entries ? BinaryPrimitives.ReadUInt32BigEndian(stsc[(20 + 12 * e)..]) : (uint)offsets.Length + 1;
            if (description != 1) throw new Mp4FormatException("samples use a second sample description");
            if (first < 1 || next <= first || next > offsets.Length + 1) throw new Mp4FormatException("'stsc' runs are out of order");
            for (var chunk = first; chunk < next; chunk++)
            {
                chunks[chunk - 1] = (offsets[chunk - 1], checked((int)perChunk));
                total += perChunk;
            }
        }
        if (entries == 0 || BinaryPrimitives.ReadUInt32BigEndian(stsc[8..]) != 1 || total != samples)
            throw new Mp4FormatException("'stsc' does not cover every sample exactly once");
        return chunks;
    }

    private static int Count(ReadOnlySpan<byte> at, string box)
    {
        Need(at, 4, box);
        var count = BinaryPrimitives.ReadUInt32BigEndian(at);
        return count <= int.MaxValue / 16 ? (int)count : throw new Mp4FormatException($"'{box}' claims {count} entries");
    }

    private static void Need(ReadOnlySpan<byte> payload, long bytes, string box)
    {
        if (payload.Length < bytes) throw new Mp4FormatException($"the '{box}' box is cut off");
    }
}
