using Renderer.Encoding;
using Renderer.Rendering;
using Xunit.Abstractions;

namespace Renderer.Tests.Encoding;

public class VideoEncoderTests(ITestOutputHelper output)
{
    private static readonly MovingRectanglesSource Clip = new(320, 180, 30, 45);

    [Theory]
    [InlineData(RawPixelFormat.Yuv420p)]
    [InlineData(RawPixelFormat.Bgra)]
    public async Task Encoded_video_is_what_a_player_expects_and_matches_the_drawn_frames(RawPixelFormat pixelInput)
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("clip.mp4");
        EncoderSettings settings = EncoderSettings.High(Clip.Width, Clip.Height, Clip.FramesPerSecond) with { PixelInput = pixelInput };

        await using (VideoEncoder encoder = VideoEncoder.Start(path, settings))
            await FramePipeline.RunAsync(Clip, encoder, new FramePipelineOptions { Jobs = 2 });

        FfprobeInfo info = await FfprobeInfo.ProbeAsync(path);
        Assert.Equal("h264", info.Codec);
        Assert.Equal("yuv420p", info.PixelFormat);
        Assert.Equal((320, 180), (info.Width, info.Height));
        Assert.Equal(45, info.FrameCount);
        Assert.Equal(30, info.FramesPerSecond, 3);
        Assert.Equal(1.5, info.Duration.TotalSeconds, 2);
        Assert.Equal(("bt709", "bt709", "bt709", "tv"), (info.ColorSpace, info.ColorPrimaries, info.ColorTransfer, info.ColorRange));
        Assert.Equal(45, (await FfprobeInfo.ProbeAsync(path, countFrames: true)).FrameCount);

        foreach (int frame in new[] { 0, 20, 44 })
        {
            DecodedFrame decoded = await FrameDecoder.DecodeFrameAsync(path, frame);
            double psnr = ImageComparison.PsnrRgb(DirectFrames.DrawBgra(Clip, frame), decoded.Bgra);
            Assert.True(psnr >= 35, $"Frame {frame}: PSNR {psnr:F1} dB < 35 dB");
            output.WriteLine($"{pixelInput} frame {frame}: PSNR {psnr:F2} dB");
        }

        Assert.Equal([path], Directory.GetFiles(directory.Path)); // no temporary file left
    }

    [Theory]
    [InlineData("socket")]
    [InlineData("fifo, copied")]
    [InlineData("fifo, spliced")]
    public async Task Every_transport_delivers_every_frame_in_order_and_intact(string transportName)
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("clip.mp4");
        var settings = EncoderSettings.High(Clip.Width, Clip.Height, Clip.FramesPerSecond);
        FrameTransport transport = Transport(transportName);
        if (transport.Kind == FrameTransportKind.Fifo && !OperatingSystem.IsLinux())
            transport = FrameTransport.Socket(); // the FIFO is Linux-only; elsewhere this checks the socket again

        string granted;
        string? fifo;
        await using (VideoEncoder encoder = VideoEncoder.Start(path, settings, transport))
        {
            fifo = encoder.FifoPath;
            // Released buffers are scribbled over at once: bytes the transport read after their release would show.
            await FramePipeline.RunAsync(Clip, encoder, new FramePipelineOptions { Jobs = 3, ScribbleReleasedBuffers = true });
            granted = encoder.Transport;
        }

        if (fifo is not null)
            Assert.False(Directory.Exists(Path.GetDirectoryName(fifo)), $"'{fifo}' was left behind");

        output.WriteLine(granted);
        if (OperatingSystem.IsLinux())
            Assert.StartsWith(transportName.Split(',')[0], granted, StringComparison.OrdinalIgnoreCase);
        if (transportName.Contains(','))
            Assert.EndsWith(transportName.Split(", ")[1], granted, StringComparison.Ordinal);

        IReadOnlyList<DecodedFrame> decoded = await FrameDecoder.DecodeAllFramesAsync(path);
        Assert.Equal(Clip.FrameCount, decoded.Count);
        byte[][] drawn = Enumerable.Range(0, Clip.FrameCount).Select(k => DirectFrames.DrawBgra(Clip, k)).ToArray();
        for (int k = 0; k < decoded.Count; k++)
        {
            double own = ImageComparison.PsnrRgb(drawn[k], decoded[k].Bgra);
            Assert.True(own >= 35, $"frame {k}: PSNR {own:F1} dB < 35 dB");
            foreach (int other in new[] { k - 1, k + 1 }.Where(o => o >= 0 && o < decoded.Count))
            {
                double neighbour = ImageComparison.PsnrRgb(drawn[other], decoded[k].Bgra);
                Assert.True(own > neighbour, $"frame {k} looks like frame {other}: {own:F1} vs {neighbour:F1} dB");
            }
        }

        Assert.Equal([path], Directory.GetFiles(directory.Path));
    }

    [Theory]
    [InlineData("socket")]
    [InlineData("fifo, spliced")]
    public async Task Once_the_input_is_ended_every_frame_buffer_may_be_reused_while_ffmpeg_finishes(string transportName)
    {
        // A segment's encoder: the pipeline ends its input and goes on to the next segment with the same buffers.
        using var directory = new TemporaryDirectory();
        string path = directory.File("clip.mp4");
        var settings = EncoderSettings.High(Clip.Width, Clip.Height, Clip.FramesPerSecond);
        byte[][] drawn = Enumerable.Range(0, Clip.FrameCount).Select(k => DirectFrames.DrawBgra(Clip, k)).ToArray();
        byte[][] yuv = Enumerable.Range(0, Clip.FrameCount).Select(k => DirectFrames.Draw(Clip, k, RawPixelFormat.Yuv420p)).ToArray();
        // Two buffers in turn: a transport may read the last frame written (FramesRetained is at most 1), not older ones.
        byte[][] buffers = [new byte[yuv[0].Length], new byte[yuv[0].Length]];
        await using (VideoEncoder encoder = VideoEncoder.Start(path, settings, Transport(transportName)))
        {
            Assert.InRange(encoder.FramesRetained, 0, 1);
            for (int k = 0; k < Clip.FrameCount; k++)
            {
                yuv[k].CopyTo(buffers[k % 2], 0);
                await encoder.WriteFrameAtAsync(buffers[k % 2], k);
            }
            await encoder.EndInputAsync();
            // ffmpeg is still encoding its last frames; none of them may be read from the caller's memory any more.
            foreach (var buffer in buffers) buffer.AsSpan().Fill(0xA5);
            await encoder.CompleteAsync();
            output.WriteLine(encoder.Transport);
        }

        IReadOnlyList<DecodedFrame> decoded = await FrameDecoder.DecodeAllFramesAsync(path);
        Assert.Equal(Clip.FrameCount, decoded.Count);
        for (int k = 0; k < decoded.Count; k++)
        {
            double own = ImageComparison.PsnrRgb(drawn[k], decoded[k].Bgra);
            Assert.True(own >= 35, $"frame {k}: PSNR {own:F1} dB < 35 dB");
        }
    }

    [Fact]
    public async Task Where_no_FIFO_can_be_made_frames_go_through_the_socket()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("clip.mp4");
        // A directory below a plain file cannot be made, not even by root.
        string notADirectory = directory.File("a-file");
        await File.WriteAllTextAsync(notADirectory, "");
        var transport = FrameTransport.Fifo(directory: Path.Combine(notADirectory, "fifos"));

        string granted;
        await using (VideoEncoder encoder = VideoEncoder.Start(path, EncoderSettings.Preview(64, 36, 30), transport))
        {
            await FramePipeline.RunAsync(new SyntheticFrameSource(64, 36, 30, 10), encoder);
            granted = encoder.Transport;
        }

        Assert.StartsWith("socket", granted, StringComparison.Ordinal);
        Assert.Equal(10, (await FfprobeInfo.ProbeAsync(path)).FrameCount);
        Assert.Equal([notADirectory, path], Directory.GetFiles(directory.Path).Order());
    }

    private static FrameTransport Transport(string name) => name switch
    {
        "socket" => FrameTransport.Socket(),
        "fifo, copied" => FrameTransport.Fifo(),             // 1 MiB pipe, 86 KB frames: written
        "fifo, spliced" => FrameTransport.Fifo(64 << 10),    // 64 KiB pipe, 86 KB frames: spliced
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Fact]
    public async Task Decoding_a_neighbouring_frame_scores_lower_so_the_comparison_sees_the_frame_index()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("clip.mp4");
        await using (VideoEncoder encoder = VideoEncoder.Start(path, EncoderSettings.High(Clip.Width, Clip.Height, Clip.FramesPerSecond)))
            await FramePipeline.RunAsync(Clip, encoder);

        byte[] drawn = DirectFrames.DrawBgra(Clip, 20);
        DecodedFrame frame20 = await FrameDecoder.DecodeFrameAsync(path, 20);
        DecodedFrame frame23 = await FrameDecoder.DecodeFrameAsync(path, 23);
        double right = ImageComparison.PsnrRgb(drawn, frame20.Bgra);
        double wrong = ImageComparison.PsnrRgb(drawn, frame23.Bgra);
        Assert.True(right > wrong + 3, $"frame 20: {right:F1} dB, frame 23: {wrong:F1} dB");
    }

    [Fact]
    public async Task Success_replaces_an_existing_target()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("clip.mp4");
        await File.WriteAllTextAsync(path, "previous video");
        var source = new SyntheticFrameSource(64, 36, 30, 10);

        await using (VideoEncoder encoder = VideoEncoder.Start(path, EncoderSettings.Preview(64, 36, 30)))
            await FramePipeline.RunAsync(source, encoder);

        Assert.Equal(10, (await FfprobeInfo.ProbeAsync(path)).FrameCount);
        Assert.Equal([path], Directory.GetFiles(directory.Path));
    }

    [Fact]
    public async Task Cancelling_keeps_the_previous_target_and_leaves_no_temporary_file()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("clip.mp4");
        await File.WriteAllTextAsync(path, "previous video");
        var source = new SyntheticFrameSource(320, 180, 30, 100_000);
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelAfter(cancellation, frames: 20);

        string? fifo;
        await using (VideoEncoder encoder = VideoEncoder.Start(path, EncoderSettings.Preview(320, 180, 30)))
        {
            fifo = encoder.FifoPath;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                FramePipeline.RunAsync(source, encoder, new FramePipelineOptions { ProgressInterval = TimeSpan.Zero }, progress, cancellation.Token));
            Assert.True(File.Exists(encoder.TemporaryPath) || encoder.FramesWritten >= 20, $"the encode had not started: {encoder.FramesWritten} frames written");
        }

        Assert.Equal("previous video", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(directory.Path));
        AssertRemoved(fifo);
    }

    [Fact]
    public async Task A_drawing_failure_aborts_the_encode_cleanly()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("clip.mp4");
        await File.WriteAllTextAsync(path, "previous video");
        var source = new ThrowingSource(64, 36, failAt: 12);

        await using (VideoEncoder encoder = VideoEncoder.Start(path, EncoderSettings.Preview(64, 36, 30)))
            await Assert.ThrowsAsync<InvalidOperationException>(() => FramePipeline.RunAsync(source, encoder));

        Assert.Equal("previous video", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(directory.Path));
    }

    [Fact]
    public async Task An_ffmpeg_failure_reports_its_stderr_and_keeps_the_previous_target()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("clip.mp4");
        await File.WriteAllTextAsync(path, "previous video");
        // libx264 refuses frames wider than 16384 pixels: ffmpeg starts, reads a frame, then fails to open the encoder.
        var settings = new EncoderSettings(17000, 2, 30, 28, "ultrafast");
        byte[] frame = new byte[settings.FrameByteCount];

        string? fifo = null;
        var error = await Assert.ThrowsAsync<EncodingException>(async () =>
        {
            await using VideoEncoder encoder = VideoEncoder.Start(path, settings);
            fifo = encoder.FifoPath;
            for (int i = 0; i < 50; i++)
                await encoder.WriteFrameAsync(frame);
            await encoder.CompleteAsync();
        });

        Assert.Contains(error.FfmpegErrorTail, line => line.Contains("invalid width x height", StringComparison.Ordinal));
        Assert.NotNull(error.ExitCode);
        Assert.NotEqual(0, error.ExitCode);
        Assert.Equal("previous video", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(directory.Path));
        AssertRemoved(fifo);
    }

    /// <summary>The FIFO (Linux default transport) and its private directory are gone; nothing to check elsewhere.</summary>
    private static void AssertRemoved(string? fifo)
    {
        Assert.Equal(OperatingSystem.IsLinux(), fifo is not null);
        if (fifo is not null)
            Assert.False(Directory.Exists(Path.GetDirectoryName(fifo)), $"'{fifo}' was left behind");
    }

    [Fact]
    public async Task Frames_of_the_wrong_size_are_rejected()
    {
        using var directory = new TemporaryDirectory();
        await using VideoEncoder encoder = VideoEncoder.Start(directory.File("clip.mp4"), EncoderSettings.Preview(64, 36, 30));
        await Assert.ThrowsAsync<ArgumentException>(async () => await encoder.WriteFrameAsync(new byte[64 * 36 * 4]));
    }

    [Fact]
    public async Task Temporary_files_left_by_dead_processes_are_cleaned_up()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("clip.mp4");
        string stale = VideoEncoder.TemporaryPathFor(path, int.MaxValue); // no process has this id
        string unrelated = directory.File(".other.tmp-2147483647.mp4");
        await File.WriteAllTextAsync(stale, "half a video");
        await File.WriteAllTextAsync(unrelated, "someone else's");

        await using (VideoEncoder encoder = VideoEncoder.Start(path, EncoderSettings.Preview(64, 36, 30)))
            await FramePipeline.RunAsync(new SyntheticFrameSource(64, 36, 30, 3), encoder);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(unrelated));
    }

    [Fact]
    public void Temporary_file_is_hidden_beside_the_target()
    {
        string temporary = VideoEncoder.TemporaryPathFor("/videos/out/clip.mp4", 4242);
        Assert.Equal("/videos/out/.clip.tmp-4242.mp4", temporary);
    }

    private sealed class CancelAfter(CancellationTokenSource cancellation, int frames) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value)
        {
            if (value.FramesDone >= frames)
                cancellation.Cancel();
        }
    }

    private sealed class ThrowingSource(int width, int height, int failAt) : IFrameSource
    {
        private readonly SyntheticFrameSource _inner = new(width, height, 30, 1000);

        public int Width => width;

        public int Height => height;

        public double FramesPerSecond => 30;

        public int FrameCount => 1000;

        public IFrameDrawer CreateDrawer() => new Drawer(_inner.CreateDrawer(), failAt);

        private sealed class Drawer(IFrameDrawer inner, int failAt) : IFrameDrawer
        {
            public void Draw(int frameIndex, Span<byte> bgraPixels)
            {
                if (frameIndex == failAt)
                    throw new InvalidOperationException("Drawing failed.");
                inner.Draw(frameIndex, bgraPixels);
            }

            public void Dispose() => inner.Dispose();
        }
    }
}
