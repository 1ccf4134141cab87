namespace Renderer.Segments;

/// <summary>
/// The sidecar <c>&lt;key&gt;.json</c> of a cached segment: what it holds and who made it. The join checks it
/// against what it expects (frames, size, rate, encoder settings, identity) before it trusts the video.
/// </summary>
public sealed record SegmentRecord(
    string Key,
    int Frames,
    int EncodedFrames,
    int Width,
    int Height,
    double FramesPerSecond,
    int Crf,
    string Preset,
    string FrameRate,
    string Identity,
    string ScenePath,
    string SceneSha256,
    int Slide,
    int FirstFrame,
    int LastFrame,
    DateTimeOffset Created,
    string Host,
    int ProcessId);
