namespace Renderer.Segments;

/// <summary>One cached segment: its key, its size on disk (video and sidecar) and when it was last written or reused.</summary>
public sealed record CacheEntry(string Key, long Bytes, DateTime LastUsedUtc);
