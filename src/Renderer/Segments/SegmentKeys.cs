using System.Security.Cryptography;
using Renderer.Encoding;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Rendering;

namespace Renderer.Segments;

/// <summary>
/// Keys every segment of a scene: evaluates each frame's display list (pure, no drawing) and hashes it
/// (<see cref="DisplayListHasher"/>), then hashes the segment's frame digests with the <see cref="RenderIdentity"/>.
/// Equal keys mean equal frames, so a cached segment with the key is exactly what rendering would make again.
/// </summary>
public static class SegmentKeys
{
    public static IReadOnlyList<PlannedSegment> Compute(PreparedScene scene, EncoderSettings settings, IReadOnlyList<Segment> segments, int jobs,
        CancellationToken cancellationToken = default)
    {
        var identity = RenderIdentity.For(settings, scene.Fonts).Digest(settings);
        var hasher = new DisplayListHasher(scene.Tex.Svg);
        var planned = new PlannedSegment[segments.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellationToken };
        // Longest first, so the last segment to start is a short one.
        Parallel.ForEach(segments.OrderByDescending(s => s.FrameCount), options, segment =>
            planned[segment.Index] = Key(scene, hasher, identity, segment));
        return planned;
    }

    private static PlannedSegment Key(PreparedScene scene, DisplayListHasher hasher, byte[] identity, Segment segment)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(identity);
        hash.AppendData(BitConverter.GetBytes(segment.FrameCount));
        byte[]? previous = null;
        int drawn = 0;
        long items = 0;
        var repeats = new bool[segment.FrameCount];
        for (var frame = segment.First; frame <= segment.Last; frame++)
        {
            FrameState state = FrameEvaluator.Evaluate(scene.Compiled, frame);
            var digest = hasher.Digest(state);
            hash.AppendData(digest);
            if (previous is null || !digest.AsSpan().SequenceEqual(previous))
            {
                drawn++;
                items += state.Items.Count;
            }
            else repeats[frame - segment.First] = true;
            previous = digest;
        }
        return new PlannedSegment(segment, Convert.ToHexStringLower(hash.GetHashAndReset()), drawn, items) { Repeats = new FrameRepeats(repeats) };
    }
}
