using System.Buffers.Binary;

namespace Renderer.Encoding.Mp4;

/// <summary>
/// Joins MP4 pieces that share one sample description (the segments of a render: same encoder, same settings, each
/// starting on an IDR frame) into one fast-start MP4, by copying their samples and writing one sample table. This is
/// what <c>ffmpeg -f concat -c copy -movflags +faststart</c> does with the same pieces, packet for packet (tested),
/// without its cost: ffmpeg decodes up to 7 frames of every piece to guess the H.264 reorder delay and writes the
/// file twice, 0.4–0.7 s for a 15-segment video here, against a few milliseconds of copying.
/// </summary>
/// <remarks>
/// Piece k starts at the presentation time of its first frame, <c>T_k</c> = frames before it ÷ fps, exactly as the
/// concat list's <c>duration</c> lines place it. All pieces have the same edit (the encoder's reorder delay), so a
/// sample's decoding time in the joined track is <c>T_k</c> + its decoding time in its piece, its composition offset
/// is unchanged, and one edit list for the whole track starts presentation where each piece's did. Whatever does not
/// fit this (pieces with different descriptions or edits, a timescale that does not hold a frame in whole ticks,
/// decoding times that would not increase) is a <see cref="Mp4FormatException"/>, and the caller joins with ffmpeg.
/// </remarks>
public static class Mp4Concatenation
{
    /// <summary>Writes the joined file to <paramref name="outputPath"/> (which the caller renames into place).</summary>
    /// <exception cref="Mp4FormatException">The pieces cannot be joined this way; nothing useful was written.</exception>
    public static void Write(IReadOnlyList<(string Path, int Frames)> pieces, double framesPerSecond, string outputPath)
    {
        ArgumentOutOfRangeException.ThrowIfZero(pieces.Count);
        var tracks = pieces.Select(p => Mp4VideoTrack.Read(p.Path)).ToList();
        JoinedTrack joined;
        try
        {
            joined = Join(tracks, pieces.Select(p => p.Frames).ToList(), framesPerSecond);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException or InvalidOperationException)
        {
            throw new Mp4FormatException($"the pieces' sample tables do not hold together ({e.Message})");
        }
        var first = tracks[0];
        var dataBytes = joined.Chunks.Sum(c => c.Bytes);
        // The movie box's size does not depend on the chunk offsets' values, only on their width: 32 bits unless the
        // last chunk would start past 4 GiB.
        var mdatHeader = dataBytes + 8 > uint.MaxValue ? 16 : 8;
        var wide = false;
        var provisional = MovieBox(first, joined, new long[joined.Chunks.Count], wide);
        if (first.FileType.Length + provisional.Length + mdatHeader + dataBytes > uint.MaxValue)
            provisional = MovieBox(first, joined, new long[joined.Chunks.Count], wide = true);
        var dataStart = first.FileType.Length + provisional.Length + mdatHeader;
        var offsets = new long[joined.Chunks.Count];
        for (long i = 0, at = dataStart; i < offsets.Length; at += joined.Chunks[(int)i].Bytes, i++) offsets[i] = at;
        var movie = MovieBox(first, joined, offsets, wide);

        using var output = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        output.Write(first.FileType);
        output.Write(movie);
        Span<byte> header = stackalloc byte[16];
        if (mdatHeader == 8)
        {
            BinaryPrimitives.WriteUInt32BigEndian(header, (uint)(dataBytes + 8));
            "mdat"u8.CopyTo(header[4..]);
        }
        else
        {
            BinaryPrimitives.WriteUInt32BigEndian(header, 1);
            "mdat"u8.CopyTo(header[4..]);
            BinaryPrimitives.WriteUInt64BigEndian(header[8..], (ulong)(dataBytes + 16));
        }
        output.Write(header[..mdatHeader]);
        var buffer = new byte[1 << 20];
        foreach (var group in joined.Chunks.GroupBy(c => c.Piece))
        {
            using var source = File.OpenHandle(tracks[group.Key].Path);
            foreach (var chunk in group)
            {
                for (long copied = 0; copied < chunk.Bytes;)
                {
                    var want = (int)Math.Min(buffer.Length, chunk.Bytes - copied);
                    var read = RandomAccess.Read(source, buffer.AsSpan(0, want), chunk.SourceOffset + copied);
                    if (read <= 0) throw new Mp4FormatException($"'{tracks[group.Key].Path}' ends inside its media data");
                    output.Write(buffer, 0, read);
                    copied += read;
                }
            }
        }
    }

    internal sealed record Chunk(int Piece, long SourceOffset, long Bytes, int Samples);

    /// <summary>The joined track's sample table, durations and edit, before any byte is written.</summary>
    internal sealed record JoinedTrack(List<int> Sizes, List<long> Deltas, List<int> CompositionOffsets, byte? CompositionVersion, List<int>? SyncNumbers,
        List<Chunk> Chunks, long MediaDuration, long MovieDuration, long EditMediaTime);

    internal static JoinedTrack Join(IReadOnlyList<Mp4VideoTrack> tracks, IReadOnlyList<int> frames, double framesPerSecond)
    {
        var first = tracks[0];
        var ticksPerFrame = first.MediaTimescale / framesPerSecond;
        if (Math.Abs(ticksPerFrame - Math.Round(ticksPerFrame)) > 1e-9) throw new Mp4FormatException($"a frame at {framesPerSecond} fps is not a whole number of 1/{first.MediaTimescale} s ticks");
        foreach (var t in tracks)
        {
            if (t.MediaTimescale != first.MediaTimescale || t.MovieTimescale != first.MovieTimescale) throw new Mp4FormatException($"'{t.Path}' has another timescale");
            if (!SampleDescriptions.Equivalent(t.SampleDescription, first.SampleDescription)) throw new Mp4FormatException($"'{t.Path}' has another sample description");
            if (t.EditMediaTime != first.EditMediaTime) throw new Mp4FormatException($"'{t.Path}' has another edit (reorder delay)");
            if (t.SampleCount == 0) throw new Mp4FormatException($"'{t.Path}' has no samples");
            if (t.Sync is { } sync && !sync[0]) throw new Mp4FormatException($"'{t.Path}' does not start on a sync sample");
        }

        var (sizes, deltas, offsets) = (new List<int>(), new List<long>(), new List<int>());
        var syncNumbers = tracks.Any(t => t.Sync is not null) ? new List<int>() : null;
        var chunks = new List<Chunk>();
        long start = 0, previousTime = 0;
        for (var k = 0; k < tracks.Count; k++)
        {
            var t = tracks[k];
            for (var i = 0; i < t.SampleCount; i++)
            {
                var time = start + t.DecodingTimes[i];
                if (sizes.Count > 0)
                {
                    if (time <= previousTime) throw new Mp4FormatException($"decoding times would not increase at the start of '{t.Path}'");
                    deltas.Add(time - previousTime);
                }
                if (t.Sync is null || t.Sync[i]) syncNumbers?.Add(sizes.Count + 1);
                sizes.Add(t.SampleSizes[i]);
                offsets.Add(t.CompositionOffsets[i]);
                previousTime = time;
            }
            var sample = 0;
            foreach (var (offset, count) in t.Chunks)
            {
                long bytes = 0;
                for (var i = 0; i < count; i++) bytes += t.SampleSizes[sample + i];
                chunks.Add(new Chunk(k, offset, bytes, count));
                sample += count;
            }
            start += (long)Math.Round(frames[k] * ticksPerFrame);
        }
        var last = tracks[^1];
        deltas.Add(last.LastSampleDuration);
        var mediaDuration = previousTime + last.LastSampleDuration;
        // In the movie's coarser timescale, rounded up as ffmpeg's muxer does, so the last frame is never cut short.
        var movieDuration = (long)(((Int128)mediaDuration * first.MovieTimescale + first.MediaTimescale - 1) / first.MediaTimescale);
        var version = tracks.Select(t => t.CompositionVersion).Max();
        if (version == 0 && offsets.Any(o => o < 0)) version = 1;
        return new JoinedTrack(sizes, deltas, offsets, version, syncNumbers, chunks, mediaDuration, movieDuration, first.EditMediaTime);
    }

    /// <summary>The first piece's moov with the durations, the edit and the sample table made for the joined track.</summary>
    private static byte[] MovieBox(Mp4VideoTrack template, JoinedTrack joined, long[] chunkOffsets, bool wide)
    {
        var movie = template.Movie;
        var moov = Mp4Box.ReadAll(movie, 0, movie.Length).Single();
        return Box("moov", moov.Children(movie).Select(child => child.Type switch
        {
            "mvhd" => WithDuration(movie, child, 16, 24, joined.MovieDuration),
            "trak" => Box("trak", child.Children(movie).Select(t => t.Type switch
            {
                "tkhd" => WithDuration(movie, t, 20, 28, joined.MovieDuration),
                "edts" => Box("edts", [EditList(joined)]),
                "mdia" => Box("mdia", t.Children(movie).Select(m => m.Type switch
                {
                    "mdhd" => WithDuration(movie, m, 16, 24, joined.MediaDuration),
                    "minf" => Box("minf", m.Children(movie).Select(i => i.Type == "stbl" ? SampleTable(template, joined, chunkOffsets, wide) : i.Whole(movie).ToArray())),
                    _ => m.Whole(movie).ToArray(),
                })),
                _ => t.Whole(movie).ToArray(),
            })),
            _ => child.Whole(movie).ToArray(),
        }));
    }

    private static byte[] SampleTable(Mp4VideoTrack template, JoinedTrack joined, long[] chunkOffsets, bool wide)
    {
        var bitrate = joined.MediaDuration == 0 ? 0 : joined.Chunks.Sum(c => c.Bytes) * 8 * template.MediaTimescale / joined.MediaDuration;
        var boxes = new List<byte[]> { SampleDescriptions.WithBitrate(template.SampleDescription, (uint)Math.Min(bitrate, uint.MaxValue)), TimeToSample(joined.Deltas) };
        if (joined.CompositionVersion is { } version) boxes.Add(CompositionOffsets(joined.CompositionOffsets, version));
        if (joined.SyncNumbers is { } sync) boxes.Add(FullBox("stss", 0, [.. U32((uint)sync.Count), .. sync.SelectMany(n => U32((uint)n))]));
        boxes.Add(SampleToChunk(joined.Chunks));
        boxes.Add(FullBox("stsz", 0, [.. U32(0), .. U32((uint)joined.Sizes.Count), .. joined.Sizes.SelectMany(s => U32((uint)s))]));
        boxes.Add(wide
            ? FullBox("co64", 0, [.. U32((uint)chunkOffsets.Length), .. chunkOffsets.SelectMany(o => U64((ulong)o))])
            : FullBox("stco", 0, [.. U32((uint)chunkOffsets.Length), .. chunkOffsets.SelectMany(o => U32(checked((uint)o)))]));
        return Box("stbl", boxes);
    }

    private static byte[] TimeToSample(List<long> deltas)
    {
        var runs = Runs(deltas.Select(d => checked((uint)d)));
        return FullBox("stts", 0, [.. U32((uint)runs.Count), .. runs.SelectMany(r => U32(r.Count).Concat(U32(r.Value)))]);
    }

    private static byte[] CompositionOffsets(List<int> offsets, byte version)
    {
        var runs = Runs(offsets.Select(o => unchecked((uint)o)));
        return FullBox("ctts", version, [.. U32((uint)runs.Count), .. runs.SelectMany(r => U32(r.Count).Concat(U32(r.Value)))]);
    }

    private static byte[] SampleToChunk(List<Chunk> chunks)
    {
        var entries = new List<(uint First, uint Samples)>();
        for (var i = 0; i < chunks.Count; i++)
            if (entries.Count == 0 || entries[^1].Samples != chunks[i].Samples) entries.Add(((uint)i + 1, (uint)chunks[i].Samples));
        return FullBox("stsc", 0, [.. U32((uint)entries.Count), .. entries.SelectMany(e => U32(e.First).Concat(U32(e.Samples)).Concat(U32(1)))]);
    }

    private static byte[] EditList(JoinedTrack joined)
    {
        var fits = joined.MovieDuration <= uint.MaxValue && joined.EditMediaTime <= int.MaxValue;
        return fits
            ? FullBox("elst", 0, [.. U32(1), .. U32((uint)joined.MovieDuration), .. U32((uint)joined.EditMediaTime), .. U32(0x10000)])
            : FullBox("elst", 1, [.. U32(1), .. U64((ulong)joined.MovieDuration), .. U64((ulong)joined.EditMediaTime), .. U32(0x10000)]);
    }

    /// <summary>A copy of a full box whose duration field is at <paramref name="v0"/> (version 0) or <paramref name="v1"/> bytes into its payload.</summary>
    private static byte[] WithDuration(byte[] movie, Mp4Box box, int v0, int v1, long duration)
    {
        var copy = box.Whole(movie).ToArray();
        var payload = copy.AsSpan(box.HeaderSize);
        if (payload[0] == 1)
        {
            BinaryPrimitives.WriteUInt64BigEndian(payload[v1..], (ulong)duration);
        }
        else
        {
            if (duration > uint.MaxValue) throw new Mp4FormatException($"the joined duration does not fit the '{box.Type}' box's 32 bits");
            BinaryPrimitives.WriteUInt32BigEndian(payload[v0..], (uint)duration);
        }
        return copy;
    }

    private static List<(uint Count, uint Value)> Runs(IEnumerable<uint> values)
    {
        var runs = new List<(uint Count, uint Value)>();
        foreach (var v in values)
        {
            if (runs.Count > 0 && runs[^1].Value == v) runs[^1] = (runs[^1].Count + 1, v);
            else runs.Add((1, v));
        }
        return runs;
    }

    private static byte[] Box(string type, IEnumerable<byte[]> children)
    {
        var parts = children.ToList();
        var size = 8 + parts.Sum(p => p.Length);
        var box = new byte[size];
        BinaryPrimitives.WriteUInt32BigEndian(box, checked((uint)size));
        System.Text.Encoding.ASCII.GetBytes(type, box.AsSpan(4, 4));
        var at = 8;
        foreach (var p in parts)
        {
            p.CopyTo(box, at);
            at += p.Length;
        }
        return box;
    }

    private static byte[] FullBox(string type, byte version, byte[] body) => Box(type, [[version, 0, 0, 0], body]);

    private static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] U64(ulong value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, value);
        return bytes;
    }
}
