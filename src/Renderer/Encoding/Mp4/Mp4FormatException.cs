namespace Renderer.Encoding.Mp4;

/// <summary>
/// An MP4 file is not laid out as this reader expects: damaged, or made by another muxer with features the
/// segments never use (several tracks, fragments, sample groups, an edit list with several entries). Callers that
/// only read their own segments fall back to ffmpeg on it.
/// </summary>
public sealed class Mp4FormatException(string message) : Exception(message);
