using Renderer.Encoding;

namespace Renderer.Tests.Encoding;

/// <summary>
/// The FIFO hands frames to ffmpeg by reference (spliced pages), so "the input is consumed" must mean the reader has
/// taken every byte out of the pipe, not merely that the last frame went in: until then the caller may not reuse
/// the frame's memory. Here the test itself is the reader, so it decides when the pipe empties.
/// </summary>
public sealed class FifoFrameChannelTests
{
    [Fact]
    public async Task The_input_counts_as_consumed_only_once_the_reader_has_emptied_the_pipe()
    {
        if (!OperatingSystem.IsLinux()) return; // the FIFO transport is Linux-only
        var settings = EncoderSettings.High(640, 360, 30);
        var frame = new byte[settings.FrameByteCount];
        new Random(5).NextBytes(frame);
        byte[] prefix = [1, 2, 3, 4, 5, 6, 7, 8];
        using var channel = new FifoFrameChannel(settings, 64 * 1024);

        // Opening a FIFO to read waits for its writer, which the channel opens on its own thread.
        var path = channel.Path;
        await using var reader = await Task.Run(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1));
        var sent = channel.EnqueueAsync(prefix, frame, CancellationToken.None).AsTask();
        const int leftInPipe = 4096;
        var received = new byte[prefix.Length + frame.Length];
        await reader.ReadExactlyAsync(received.AsMemory(0, received.Length - leftInPipe));
        await sent.WaitAsync(TimeSpan.FromSeconds(10));
        channel.Complete();

        await Task.Delay(300);
        Assert.False(channel.InputConsumed.IsCompleted, "the input counted as consumed with bytes still in the pipe");
        Assert.StartsWith("FIFO", channel.Description);
        Assert.EndsWith("spliced", channel.Description);

        await reader.ReadExactlyAsync(received.AsMemory(received.Length - leftInPipe));
        await channel.InputConsumed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, await reader.ReadAsync(new byte[1])); // and the stream ended
        Assert.Equal(prefix.Concat(frame), received);
    }
}
