namespace Renderer.Encoding;

/// <summary>How <see cref="StreamJoiner"/> joined a video's pieces.</summary>
public enum JoinMethod
{
    /// <summary>Samples copied and one sample table written in this process (<see cref="Mp4.Mp4Concatenation"/>).</summary>
    InProcess,

    /// <summary>ffmpeg's concat demuxer, for pieces the in-process reader does not take.</summary>
    Ffmpeg,
}
