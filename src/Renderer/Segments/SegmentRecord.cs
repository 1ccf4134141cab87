namespace Renderer.Segments;

/// <summary>
/// The sidecar <c>&lt;key&gt;.json</c> of a cached segment: what it holds and who made it. The join checks it
/// against what it expects (frames, size, rate, encoder settings) and the video against <see cref="Bytes"/> and
/// <see cref="Sha256"/>, and that all segments have the same <see cref="Stream"/>, before it trusts them: nothing is probed at
/// join time, each segment was probed once when it was made.
/// </summary>
/// <param name="Stream">The video's stream parameters, named as ffprobe names them (<c>StreamParameters.Compatibility</c>).</param>
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
    int ProcessId,
    long Bytes,
    string Sha256,
    string Stream,
    double DurationSeconds);
