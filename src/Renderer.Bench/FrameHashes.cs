using System.Security.Cryptography;
using Renderer.Rendering;

namespace Renderer.Bench;

/// <summary>
/// A SHA-256 of every frame of a scene, drawn in full (no incremental redraw) at the given size, one line per frame,
/// then one line for the whole scene. Two runs on different code print the same lines exactly when every frame has
/// the same pixels: the check that a refactor changed nothing on screen. `Renderer.Bench --hashes scene.yaml...`.
/// </summary>
public static class FrameHashes
{
    public static void Run(string scenePath, TextWriter log, int width = 1920, int height = 1080)
    {
        using var scene = PreparedScene.Load(scenePath);
        var source = scene.FrameSource(width, height);
        using var drawer = source.CreateDrawer();
        var canvas = GC.AllocateUninitializedArray<byte>(width * height * 4, pinned: true);
        using var whole = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var name = Path.GetFileName(scenePath);
        for (var i = 0; i < source.FrameCount; i++)
        {
            drawer.Draw(i, canvas);
            var hash = SHA256.HashData(canvas);
            whole.AppendData(hash);
            log.WriteLine($"{name} {i} {Convert.ToHexStringLower(hash)}");
        }
        log.WriteLine($"{name} all {source.FrameCount} {Convert.ToHexStringLower(whole.GetHashAndReset())}");
    }
}
