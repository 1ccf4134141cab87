namespace Renderer.Compilation;

/// <summary>Where each slide starts, in whole frames; maps a frame index to (slide, frame within it).</summary>
public sealed class SceneTimeline
{
    private readonly int[] _starts;

    public SceneTimeline(int fps, IReadOnlyList<int> slideFrameCounts)
    {
        Fps = fps;
        _starts = new int[slideFrameCounts.Count];
        var total = 0;
        for (var i = 0; i < slideFrameCounts.Count; i++)
        {
            _starts[i] = total;
            total += slideFrameCounts[i];
        }
        FrameCounts = slideFrameCounts;
        TotalFrames = total;
    }

    public int Fps { get; }
    public int TotalFrames { get; }
    public IReadOnlyList<int> FrameCounts { get; }
    public int StartFrame(int slide) => _starts[slide];
    public double DurationSeconds => (double)TotalFrames / Fps;

    public (int Slide, int LocalFrame) Locate(int frame)
    {
        if (frame < 0 || frame >= TotalFrames)
            throw new ArgumentOutOfRangeException(nameof(frame), frame, $"the scene has frames 0..{TotalFrames - 1}");
        var i = Array.BinarySearch(_starts, frame);
        // Zero-length slides cannot exist (validation), so the insertion point minus one is the slide.
        if (i < 0) i = ~i - 1;
        return (i, frame - _starts[i]);
    }
}
