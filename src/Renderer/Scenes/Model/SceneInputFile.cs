namespace Renderer.Scenes.Model;

/// <summary>A file a scene names (a CSV, an image), by its name relative to the scene and the SHA-256 of its bytes.</summary>
public sealed record SceneInputFile(string Name, string Sha256);
