using Renderer.Scenes.Diagnostics;

namespace Renderer.Scenes.Model;

/// <summary>
/// The scene's music: <c>audio: { music: file, volume, fade-in, fade-out }</c>. The file lies inside the scene's
/// folder (checked when loading); it is looped to the video's length, faded, and ducked under the voices.
/// </summary>
/// <param name="Music">Full path of the music file.</param>
/// <param name="Volume">Gain applied to the music before mixing, 0..1 (linear).</param>
public sealed record AudioSpec(SourcePosition Position, string Music, double Volume, double FadeInSeconds, double FadeOutSeconds);

/// <summary>
/// A slide's narration, played from the slide's start: a sound file inside the scene's folder, or words spoken by
/// espeak-ng (<c>voice: { speak: caption }</c>) into a clip in the voice cache.
/// </summary>
/// <param name="File">Full path of the file (for spoken words, the cached clip).</param>
/// <param name="Seconds">The clip's length.</param>
/// <param name="Spoken">The words espeak-ng spoke, or null for a recorded file.</param>
public sealed record VoiceSpec(SourcePosition Position, string File, double Seconds, string? Spoken = null);
