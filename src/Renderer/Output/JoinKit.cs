using System.Security.Cryptography;
using System.Text;
using Renderer.Encoding;
using Renderer.Rendering;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using Renderer.Segments;

namespace Renderer.Output;

/// <summary>
/// What <c>renderer join</c> needs of a compiled scene, stored in the segment cache by the first chunk of a split
/// render (<see cref="JoinKitStore"/>), so that the join neither loads nor compiles the scene: the resolved settings
/// and output name, the plan's fingerprint and segments, the poster already drawn, and the captions and manifest
/// records (<see cref="SceneOutputs"/>). Found by <see cref="KeyFor"/>, a digest of what the join is given (the scene
/// file's path and bytes and the options that shape the output) and of this build; trusted only when every file the scene
/// reads is unchanged (<see cref="Problem"/>) and the plan it names is in the cache, else the join compiles the scene.
/// </summary>
/// <remarks>
/// The kit is checked against the scene, not against this machine's fonts, TeX or ffmpeg: the join encodes and draws
/// nothing, and the poster and captions it copies were made with the very fonts and formulas of the segments it joins
/// (the plan's keys hold their identity). A join that compiled the scene on a machine with other fonts would draw a
/// poster unlike the video.
/// </remarks>
public sealed record JoinKit(
    int Version,
    string Key,
    string Fingerprint,
    IReadOnlyList<Segment> Segments,
    string Quality,
    int Width,
    int Height,
    EncoderSettings Encoder,
    string Stem,
    IReadOnlyList<SceneInputFile> Inputs,
    SceneOutputs Outputs,
    int PosterFrameIndex,
    string PosterReason,
    byte[] PosterPng,
    byte[]? PosterJpeg)
{
    /// <summary>Bumped when what a kit holds or how it is keyed changes; kits of another version are not found.</summary>
    public const int CurrentVersion = 1;

    public (int Frame, string Reason) PosterFrame => (PosterFrameIndex, PosterReason);

    /// <summary>The kit's settings for the whole scene, with this join's worker count.</summary>
    public RenderSettings SettingsWith(int jobs) =>
        new(Quality, Width, Height, Encoder, new FrameRange(0, Outputs.FrameCount - 1), jobs > 0 ? jobs : Environment.ProcessorCount);

    /// <summary>The key a chunk stores the kit under and a join looks it up by, from the same command-line choices.</summary>
    public static string KeyFor(string scenePath, string quality, PrepareOptions options, FrameRateMode mode)
    {
        var text = new StringBuilder()
            .Append("join-kit ").Append(CurrentVersion).Append('\n')
            .Append("build ").Append(RenderIdentity.CurrentBuild).Append('\n')
            // The path as given, not only the bytes: the kit's output name and the manifest's scene path come from it.
            .Append("scene ").Append(scenePath.Length).Append(' ').Append(scenePath).Append('\n')
            .Append("bytes ").Append(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(scenePath)))).Append('\n')
            .Append("quality ").Append(quality).Append('\n')
            .Append("theme ").Append(options.Theme ?? "-").Append('\n')
            .Append("shape ").Append(options.Shape is { } shape ? $"{shape.GetType().Name} {shape}" : "-").Append('\n')
            .Append("frame rate ").Append(mode).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The kit for <paramref name="scene"/> rendered with <paramref name="settings"/> under <paramref name="key"/>.</summary>
    public static JoinKit Create(string key, PreparedScene scene, RenderSettings settings, string fingerprint, IReadOnlyList<Segment> segments, string stem)
    {
        var (frame, png, jpeg) = SceneRenderer.DrawPoster(scene, settings, transparent: false);
        return new JoinKit(CurrentVersion, key, fingerprint, segments, settings.Quality, settings.Width, settings.Height, settings.Encoder, stem,
            scene.Spec.InputFiles, SceneOutputs.From(scene, settings.Range), frame.Frame, frame.Reason, png, jpeg);
    }

    /// <summary>Null when every file the scene at <paramref name="scenePath"/> reads is as the kit's chunk read it; else what changed.</summary>
    public string? Problem(string scenePath)
    {
        if (Version != CurrentVersion) return $"kit version {Version}";
        var folder = SceneFiles.RealPath(Path.GetDirectoryName(Path.GetFullPath(scenePath))!);
        foreach (var input in Inputs)
        {
            var path = Path.GetFullPath(Path.Combine(folder, input.Name));
            // Named by a chunk that checked them, but a cache is only a folder: read nothing outside the scene's.
            if (Path.IsPathRooted(input.Name) || !path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
                return $"input '{input.Name}' is gone or outside the scene's folder";
            if (Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(SceneFiles.RealPath(path)))) != input.Sha256)
                return $"input '{input.Name}' changed";
        }
        return null;
    }
}
