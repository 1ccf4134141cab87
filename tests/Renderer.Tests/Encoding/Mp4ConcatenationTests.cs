using Renderer.Encoding;
using Renderer.Encoding.Mp4;
using Renderer.Rendering;
using Renderer.Tests.TestSupport;

namespace Renderer.Tests.Encoding;

/// <summary>
/// The in-process join makes the file ffmpeg's concat demuxer makes from the same pieces: the same packets (times,
/// sizes, flags) and the same decoded frames; pieces it cannot take apart go to ffmpeg instead.
/// </summary>
public class Mp4ConcatenationTests
{
    // 85 frames with three held runs; pieces cut inside and outside them, as segments are.
    private static readonly PausingSource Clip = new(new MovingRectanglesSource(320, 180, 30, 85));
    private static readonly (int Start, int End)[] Cuts = [(0, 25), (25, 55), (55, 85)];

    [Theory]
    [InlineData(FrameRateMode.Variable)]
    [InlineData(FrameRateMode.Constant)]
    public async Task Joined_in_process_it_has_ffmpegs_packets_and_frames(FrameRateMode mode)
    {
        using var directory = new TemporaryDirectory();
        var pieces = await EncodePiecesAsync(directory, mode);
        var inProcess = directory.File("in-process.mp4");
        var byFfmpeg = directory.File("ffmpeg.mp4");

        Assert.Equal(JoinMethod.InProcess, await StreamJoiner.JoinAsync(pieces, Clip.FramesPerSecond, inProcess));
        await StreamJoiner.JoinWithFfmpegAsync(pieces, Clip.FramesPerSecond, byFfmpeg);

        // Every packet at the same times with the same flags and bytes, but for one thing: ffmpeg's concat demuxer
        // announces each piece's decoder configuration anew, and its muxer then repeats the SPS and PPS inside that
        // piece's first frame. They are in the sample description already (and equal for all pieces), so the frames
        // decode the same without them; the in-process join leaves the frames as the encoder made them.
        var ours = (await PacketsAsync(inProcess)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var theirs = (await PacketsAsync(byFfmpeg)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(theirs.Length, ours.Length);
        var pieceStarts = new List<int>();
        var repeated = new HashSet<int>();
        for (var i = 0; i < ours.Length; i++)
        {
            var (a, b) = (ours[i].Split(','), theirs[i].Split(','));
            Assert.Equal((b[0], b[1], b[2], b[4]), (a[0], a[1], a[2], a[4])); // pts, dts, duration, flags
            if (a[3] == b[3]) continue;
            pieceStarts.Add(i);
            repeated.Add(int.Parse(b[3]) - int.Parse(a[3]));
        }
        Assert.Equal(Cuts.Length, pieceStarts.Count);
        Assert.All(pieceStarts, i => Assert.StartsWith("K", ours[i].Split(',')[4]));
        Assert.Equal(ParameterSetBytes(inProcess), Assert.Single(repeated));
        Assert.Equal(await FrameDigestsAsync(byFfmpeg), await FrameDigestsAsync(inProcess));
        Assert.Equal(await StreamParameters.ProbeAsync(byFfmpeg), await StreamParameters.ProbeAsync(inProcess));
        // Fast start: the movie box comes before the media data, so a browser can play while it downloads.
        var top = TopLevelBoxes(inProcess);
        Assert.True(top.IndexOf("moov") < top.IndexOf("mdat"), string.Join(" ", top));

        // And it is what the pieces hold: every frame of the clip at its time.
        var shown = await FrameDecoder.DecodeAllFramesAsync(inProcess, everyFrameOfTheGrid: true);
        Assert.Equal(Clip.FrameCount, shown.Count);
        for (var k = 0; k < shown.Count; k++)
            DecodedFrameAssert.Shows(DirectFrames.DrawBgra(Clip, k), shown[k].Bgra, FrameNeighbours.Of(Clip, k, 0, Clip.FrameCount), $"frame {k}");
    }

    [Fact]
    public async Task Pieces_it_cannot_take_apart_are_joined_by_ffmpeg()
    {
        using var directory = new TemporaryDirectory();
        var pieces = (await EncodePiecesAsync(directory, FrameRateMode.Variable)).ToList();
        // A fragmented MP4 (moof boxes, no sample table in moov): valid, but not a layout the reader copies.
        var fragmented = directory.File("fragmented.mp4");
        await FfmpegProcess.RunAsync(["-v", "error", "-i", pieces[1].Path, "-c", "copy", "-movflags", "frag_keyframe+empty_moov", "-y", fragmented], "fragmenting");
        Assert.Throws<Mp4FormatException>(() => Mp4VideoTrack.Read(fragmented));
        pieces[1] = (fragmented, pieces[1].Frames);

        var joined = directory.File("joined.mp4");
        Assert.Equal(JoinMethod.Ffmpeg, await StreamJoiner.JoinAsync(pieces, Clip.FramesPerSecond, joined));
        Assert.Equal(Clip.FrameCount, (await FrameDecoder.DecodeAllFramesAsync(joined, everyFrameOfTheGrid: true)).Count);
        Assert.Empty(Directory.GetFiles(directory.Path, ".*")); // no private file left beside it
    }

    [Fact]
    public async Task Pieces_of_another_size_are_refused_not_mixed()
    {
        using var directory = new TemporaryDirectory();
        var pieces = (await EncodePiecesAsync(directory, FrameRateMode.Variable)).ToList();
        var other = new MovingRectanglesSource(160, 90, 30, 30);
        var small = directory.File("small.mp4");
        await using (var encoder = VideoEncoder.Start(small, EncoderSettings.High(other.Width, other.Height, other.FramesPerSecond)))
            await FramePipeline.RunAsync(other, encoder, new FramePipelineOptions { Jobs = 1 });
        pieces[1] = (small, 30);

        var e = Assert.Throws<Mp4FormatException>(() => Mp4Concatenation.Write(pieces, Clip.FramesPerSecond, directory.File("x.mp4")));
        Assert.Contains("sample description", e.Message);
    }

    [Fact]
    public async Task A_cut_off_file_is_a_format_error_naming_the_box()
    {
        using var directory = new TemporaryDirectory();
        var piece = (await EncodePiecesAsync(directory, FrameRateMode.Variable))[0].Path;
        var bytes = await File.ReadAllBytesAsync(piece);
        var cut = directory.File("cut.mp4");
        // A piece starts with ftyp and moov (fast start): end the file inside the moov.
        await File.WriteAllBytesAsync(cut, bytes[..600]);
        var e = Assert.Throws<Mp4FormatException>(() => Mp4VideoTrack.Read(cut));
        Assert.Contains("moov", e.Message);
    }

    [Fact]
    public async Task Damaged_movie_boxes_are_format_errors_and_nothing_else()
    {
        // A segment cache can be shared between machines: whatever its files hold, the reader either reads them or
        // says they are not an MP4 it takes (and the join falls back to ffmpeg), never fails another way.
        using var directory = new TemporaryDirectory();
        var pieces = await EncodePiecesAsync(directory, FrameRateMode.Variable);
        var original = await File.ReadAllBytesAsync(pieces[1].Path);
        var moov = Mp4Box.ReadAll(original, 0, original.Length).Single(b => b.Type == "moov");
        var random = new Random(18);
        var (read, refused) = (0, 0);
        for (var i = 0; i < 400; i++)
        {
            var bytes = (byte[])original.Clone();
            // One to four bytes of the movie box (where every count, size and offset is) set at random.
            for (var k = random.Next(1, 5); k > 0; k--) bytes[random.Next(moov.Start, moov.End)] = (byte)random.Next(256);
            var damaged = directory.File("damaged.mp4");
            await File.WriteAllBytesAsync(damaged, bytes);
            try
            {
                Mp4VideoTrack.Read(damaged);
                AvcStreamInfo.Read(damaged);
                Mp4Concatenation.Write([pieces[0], (damaged, pieces[1].Frames)], Clip.FramesPerSecond, directory.File("joined.mp4"));
                read++;
            }
            catch (Mp4FormatException)
            {
                refused++;
            }
        }
        Assert.True(read > 0 && refused > 0, $"{read} read, {refused} refused");
    }

    [Fact]
    public async Task The_reader_sees_the_samples_ffprobe_sees()
    {
        using var directory = new TemporaryDirectory();
        var piece = (await EncodePiecesAsync(directory, FrameRateMode.Variable))[1].Path;
        var track = Mp4VideoTrack.Read(piece);
        var lines = (await PacketsAsync(piece)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Length, track.SampleCount);
        for (var i = 0; i < lines.Length; i++)
        {
            // ffprobe: pts, dts, duration, size, flags, in decoding order, times after the edit list.
            var f = lines[i].Split(',');
            var dts = track.DecodingTimes[i] - track.EditMediaTime;
            Assert.Equal((long.Parse(f[1]), long.Parse(f[0]), int.Parse(f[3]), f[4].StartsWith('K')),
                (dts, dts + track.CompositionOffsets[i], track.SampleSizes[i], track.Sync?[i] ?? true));
        }
    }

    private static async Task<IReadOnlyList<(string Path, int Frames)>> EncodePiecesAsync(TemporaryDirectory directory, FrameRateMode mode)
    {
        var settings = EncoderSettings.High(Clip.Width, Clip.Height, Clip.FramesPerSecond) with { FrameRateMode = mode };
        var pieces = new List<(string, int)>();
        foreach (var (start, end) in Cuts)
        {
            var path = directory.File($"piece-{start}.mp4");
            await using (var encoder = VideoEncoder.Start(path, settings))
                await FramePipeline.RunAsync(Clip, encoder, new FramePipelineOptions { StartFrame = start, EndFrame = end, Jobs = 2 });
            pieces.Add((path, end - start));
        }
        return pieces;
    }

    private static Task<string> PacketsAsync(string path) =>
        FfmpegProcess.ProbeAsync(["-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts,dts,duration,size,flags", "-of", "csv=p=0", path], "reading packets");

    private static async Task<string> FrameDigestsAsync(string path)
    {
        var digests = Path.ChangeExtension(path, ".framemd5");
        await FfmpegProcess.RunAsync(["-v", "error", "-i", path, "-f", "framemd5", "-y", digests], "hashing frames");
        return string.Join('\n', File.ReadLines(digests).Where(l => !l.StartsWith('#')));
    }

    /// <summary>SPS and PPS from the avcC box, each with the 4-byte length an MP4 sample gives a NAL unit.</summary>
    private static int ParameterSetBytes(string path)
    {
        var stsd = Mp4VideoTrack.Read(path).SampleDescription;
        var avcC = stsd.AsSpan().IndexOf("avcC"u8) + 4;
        var (at, total) = (avcC + 5, 0);
        for (var kind = 0; kind < 2; kind++)
        {
            var count = kind == 0 ? stsd[at++] & 0x1f : stsd[at++];
            for (var n = 0; n < count; n++)
            {
                var length = stsd[at] << 8 | stsd[at + 1];
                total += 4 + length;
                at += 2 + length;
            }
        }
        return total;
    }

    private static List<string> TopLevelBoxes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Mp4Box.ReadAll(bytes, 0, bytes.Length).Select(b => b.Type).ToList();
    }
}
