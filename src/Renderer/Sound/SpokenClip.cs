namespace Renderer.Sound;

/// <summary>A spoken clip: the cached WAV, its length, and whether it was already in the cache.</summary>
public sealed record SpokenClip(string File, double Seconds, bool Cached);
