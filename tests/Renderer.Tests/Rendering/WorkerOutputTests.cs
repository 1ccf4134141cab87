using Renderer.Encoding;
using Renderer.Rendering;

namespace Renderer.Tests.Rendering;

public class WorkerOutputTests
{
    private const int Width = 16, Height = 8;

    [Theory]
    [InlineData(RawPixelFormat.Bgra, 1)]
    [InlineData(RawPixelFormat.Bgra, 3)]
    [InlineData(RawPixelFormat.Yuv420p, 2)]
    public void Returned_buffers_are_caught_up_from_the_damage_alone(RawPixelFormat format, int lag)
    {
        var random = new Random(7);
        var canvas = new byte[Width * Height * 4];
        random.NextBytes(canvas);
        int bytes = format.FrameByteCount(Width, Height);
        using var pool = new FrameBufferPool(bytes, () => { });
        var output = new WorkerOutput(Width, Height, format, pool);
        var inFlight = new Queue<OutputBuffer>();

        for (int update = 0; update < 40; update++)
        {
            // Change one even-aligned box of the canvas (everything on the first update) and produce the frame.
            FrameDamage damage = FrameDamage.Everything;
            if (update > 0)
            {
                var box = new PixelBox(2 * random.Next(Width / 2), 2 * random.Next(Height / 2), 2, 2);
                for (int y = box.Y; y < box.Y + box.Height; y++)
                    random.NextBytes(canvas.AsSpan((y * Width + box.X) * 4, box.Width * 4));
                damage = FrameDamage.Only([box]);
            }

            OutputBuffer frame = output.Produce(canvas, damage);
            Assert.Equal(Expected(canvas, format), frame.Pixels);

            // The writer hands buffers back a few frames later, as the sink lets them go.
            inFlight.Enqueue(frame);
            if (inFlight.Count > lag)
                pool.Return(inFlight.Dequeue());
        }

        // Only the first frames of the ring needed a whole copy: every later one was caught up box by box.
        Assert.InRange(output.FullCopies, 0, lag);
    }

    [Fact]
    public void Damage_repeated_by_the_updates_a_buffer_missed_is_copied_once()
    {
        var canvas = new byte[Width * Height * 4];
        using var pool = new FrameBufferPool(RawPixelFormat.Yuv420p.FrameByteCount(Width, Height), () => { });
        var output = new WorkerOutput(Width, Height, RawPixelFormat.Yuv420p, pool);
        var inFlight = new Queue<OutputBuffer>();
        const int lag = 3;
        var box = new PixelBox(4, 2, 6, 4);

        for (int update = 0; update < 20; update++)
        {
            // The same box changes on every update (a readout ticking).
            canvas[(box.Y * Width + box.X) * 4] = (byte)(update * 10);
            OutputBuffer frame = output.Produce(canvas, update == 0 ? FrameDamage.Everything : FrameDamage.Only([box]));
            Assert.Equal(Expected(canvas, RawPixelFormat.Yuv420p), frame.Pixels);
            inFlight.Enqueue(frame);
            if (inFlight.Count > lag)
                pool.Return(inFlight.Dequeue());
        }

        // A returned buffer missed `lag` updates of that box but copies it once per frame it comes back for.
        int caughtUp = 20 - 1 - output.FullCopies;
        Assert.Equal((long)caughtUp * box.Width * box.Height, output.CaughtUpPixels);
    }

    private static byte[] Expected(byte[] canvas, RawPixelFormat format)
    {
        if (format == RawPixelFormat.Bgra)
            return canvas.ToArray();
        var yuv = new byte[format.FrameByteCount(Width, Height)];
        Bt709Converter.Convert(canvas, Width, Height, yuv);
        return yuv;
    }
}
