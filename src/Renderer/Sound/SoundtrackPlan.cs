using Renderer.Scenes.Model;

namespace Renderer.Sound;

/// <summary>
/// What the sound track of one render holds: the scene's music, each voice at its slide's start, the scene's whole
/// length (music loops and fades over it), and the rendered part of it (<see cref="StartSeconds"/>,
/// <see cref="DurationSeconds"/>, the video's exact span).
/// </summary>
public sealed record SoundtrackPlan(
    double SceneSeconds,
    double StartSeconds,
    double DurationSeconds,
    AudioSpec? Music,
    IReadOnlyList<(double StartSeconds, string File)> Voices)
{
    /// <summary>Sample rate of the mix and of every output (Opus only runs at 48 kHz).</summary>
    public const int SampleRate = 48000;
}
