namespace Renderer.Rendering;

public sealed record RenderResult(string VideoPath, string ManifestPath, string? SubtitlePath, int Frames, TimeSpan RenderTime);
