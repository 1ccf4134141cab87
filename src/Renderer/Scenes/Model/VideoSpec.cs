namespace Renderer.Scenes.Model;

public sealed record VideoSpec(int Width, int Height, int Fps)
{
    public static VideoSpec Default { get; } = new(1920, 1080, 30);
}
