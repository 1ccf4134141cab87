using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Renderer.Encoding;
using Renderer.Rendering;

namespace Renderer.Segments;

/// <summary>
/// A digest of everything a scene's segment keys are computed from, short of evaluating a frame: the render identity
/// (build, libraries, fonts, ffmpeg, encoder arguments and settings), the scene file's bytes, the files it reads
/// (CSV data, images, by their bytes as loaded), the theme and design size, every formula's SVG as TeX made it, and
/// the segments' frame ranges. Each of these is an input of <see cref="Evaluation.FrameEvaluator"/> or of the key itself; the
/// frames are a pure function of them (the renderer's code is in the identity), so equal fingerprints mean equal keys
/// and a plan stored under one (<see cref="PlanStore"/>) can stand in for keying the scene again.
/// </summary>
public static class PlanFingerprint
{
    /// <summary>Bumped when the recipe changes, so plans stored by an older recipe are not found.</summary>
    public const int Version = 1;

    public static string Compute(PreparedScene scene, EncoderSettings settings, IReadOnlyList<Segment> segments)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"plan {Version}\n");
        text.Append("identity ").Append(Convert.ToHexStringLower(RenderIdentity.For(settings, scene.Fonts).Digest(settings))).Append('\n');
        text.Append("scene ").Append(scene.SceneSha256).Append('\n');
        text.Append(scene.FrameInputs());
        foreach (var (key, svg) in scene.Tex.TypesetSoFar().OrderBy(f => f.Key, StringComparer.Ordinal))
            text.Append("formula ").Append(Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))))
                .Append(' ').Append(Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(svg)))).Append('\n');
        foreach (var s in segments)
            text.Append(CultureInfo.InvariantCulture, $"segment {s.Index} {s.Slide} {s.First} {s.Last}\n");
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }
}
