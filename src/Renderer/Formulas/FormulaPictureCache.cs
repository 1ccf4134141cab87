using System.Security.Cryptography;
using System.Text;
using Renderer.Processes;
using SkiaSharp;
using Svg.Skia;

namespace Renderer.Formulas;

/// <summary>
/// Formulas' recorded pictures on disk, beside the TeX cache's SVGs (<c>&lt;tex cache&gt;/pictures</c>). Turning
/// dvisvgm's SVG into a picture (Svg.Skia's XML parse, its style cascade, then recording) costs about 10 ms per formula
/// and colour: 0.2–0.7 s of CPU in every render of a shipped scene, on the threads that also draw, while reading a
/// stored picture back takes a fraction of a millisecond. TeX's own cache already spares the LaTeX run; this spares
/// the parse.
/// </summary>
/// <remarks>
/// <para>An entry is keyed by everything its picture is made from: the SVG variant (which carries the colour), the
/// recording's bounds and transform, the versions of Svg.Skia (which decides what the SVG draws) and of Skia (whose
/// format the picture is stored in), and <see cref="FormatVersion"/>. Its file is the SHA-256 of the picture's bytes
/// followed by those bytes, written beside its name and renamed into place: a torn, truncated or altered file fails the
/// check and is a miss, made again and replaced. Deserialising gives the same drawing operations the parse recorded, so
/// the pixels are the same either way (FormulaPictureCacheTests).</para>
/// <para>It is an optimisation only: a directory that cannot be read or written (read-only, full) costs the parse, never
/// a failure. The cache holds what this program wrote from TeX's output, so it is as trusted as the TeX cache beside it;
/// no scene chooses its path or its contents.</para>
/// </remarks>
public sealed class FormulaPictureCache(string directory)
{
    /// <summary>Bump when what a picture is recorded from, or how, changes without its key showing it.</summary>
    internal const int FormatVersion = 1;

    private const int HashBytes = 32;

    private static readonly string Versions =
        $"skia {SkiaSharpVersion.Native}; svg.skia {typeof(SKSvg).Assembly.GetName().Version}";

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>Where the pictures of the formulas in the TeX cache <paramref name="texCacheDirectory"/> are kept.</summary>
    public static string DirectoryIn(string texCacheDirectory) => Path.Combine(texCacheDirectory, "pictures");

    /// <summary>
    /// The key of a picture recorded from <paramref name="svgVariant"/> into <paramref name="bounds"/>, scaled by
    /// <paramref name="scale"/> after moving by <paramref name="translate"/>.
    /// </summary>
    public static string Key(string svgVariant, SKRect bounds, float scale, SKPoint translate)
    {
        var text = new StringBuilder();
        void Field(string v) => text.Append(v.Length).Append(':').Append(v).Append('\n');
        Field($"renderer-formula-picture/{FormatVersion}");
        Field(Versions);
        Field(FormattableString.Invariant($"{bounds.Left:R} {bounds.Top:R} {bounds.Right:R} {bounds.Bottom:R} {scale:R} {translate.X:R} {translate.Y:R}"));
        Field(svgVariant);
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }

    internal string PathOf(string key) => Path.Combine(Directory, key + ".skp");

    /// <summary>The stored picture for <paramref name="key"/>, or null when there is none or it fails its check.</summary>
    public SKPicture? TryLoad(string key)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(PathOf(key));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (bytes.Length <= HashBytes || !SHA256.HashData(bytes.AsSpan(HashBytes)).AsSpan().SequenceEqual(bytes.AsSpan(0, HashBytes)))
            return null;
        using var data = SKData.CreateCopy(bytes.AsSpan(HashBytes));
        return SKPicture.Deserialize(data);
    }

    /// <summary>Stores <paramref name="picture"/> under <paramref name="key"/>; does nothing when the directory cannot take it.</summary>
    public void Store(string key, SKPicture picture)
    {
        using var data = picture.Serialize();
        var body = data.AsSpan();
        var bytes = new byte[HashBytes + body.Length];
        SHA256.HashData(body, bytes);
        body.CopyTo(bytes.AsSpan(HashBytes));
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            AtomicFile.WriteAllBytes(PathOf(key), bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Full, read-only or gone: the next render parses again.
        }
    }
}
