using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Renderer.Drawing;
using Renderer.Encoding;

namespace Renderer.Segments;

/// <summary>
/// Everything besides the display lists that a segment's pixels and bytes depend on: the renderer's build, the
/// drawing libraries, the font files, the encoder and its exact arguments. Part of every segment key.
/// </summary>
/// <param name="Renderer">The engine's build: its module version id, which a deterministic build derives from its
/// content, so any change to the code that draws changes it, and the same source built twice does not.</param>
/// <param name="Libraries">Versions of SkiaSharp, HarfBuzzSharp and Svg.Skia, which turn display lists into pixels.</param>
/// <param name="Fonts">SHA-256 of the font files (text and monospace faces), in name order.</param>
/// <param name="Encoder"><see cref="EncoderVersion.Current"/>.</param>
/// <param name="EncoderArguments">The encoder's output arguments (<see cref="FfmpegArguments.H264Output"/>) for these settings.</param>
public sealed record RenderIdentity(string Renderer, string Libraries, string Fonts, string Encoder, string EncoderArguments)
{
    /// <summary>Bumped when the segment format or the key's recipe changes.</summary>
    public const int FormatVersion = 1;

    private static readonly Lazy<string> Build = new(() =>
        typeof(RenderIdentity).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    private static readonly Lazy<string> LibraryVersions = new(() => string.Join(' ',
        new[] { typeof(SkiaSharp.SKCanvas), typeof(HarfBuzzSharp.Buffer), typeof(Svg.Skia.SKSvg) }
            .Select(type => type.Assembly.GetName())
            .Select(name => $"{name.Name}/{name.Version}")));

    /// <summary>
    /// Starts <c>ffmpeg -version</c> (<see cref="EncoderVersion"/>) and the font files' digest on another thread, so
    /// that they run while the scene loads and compiles instead of before keying: a process start, 0.1–0.5 s on the
    /// loaded dev machine, and a read and hash of 10 MB of fonts.
    /// </summary>
    public static void Prefetch() => _ = Task.Run(() =>
    {
        try
        {
            _ = EncoderVersion.Current;
            var (text, mono) = FontLibrary.Directories();
            _ = FontDigest(text, mono);
        }
        catch (Exception)
        {
            // Asked again where it is needed, which reports the failure (the Lazy keeps it).
        }
    });

    public static RenderIdentity For(EncoderSettings settings, FontLibrary fonts) =>
        new(Build.Value, LibraryVersions.Value, FontDigest(fonts.Directory, fonts.MonoDirectory), EncoderVersion.Current, FfmpegArguments.H264Output(settings));

    /// <summary>This build of the renderer (its assemblies' digest).</summary>
    public static string CurrentBuild => Build.Value;

    /// <summary>One line per part, for the cache's sidecar files and for error messages.</summary>
    public string Describe() => $"renderer build {Renderer}; {Libraries}; fonts {Fonts[..12]}; {Encoder.Split('\n')[0]}";

    /// <summary>A digest of all parts and the encoder settings.</summary>
    public byte[] Digest(EncoderSettings settings)
    {
        var text = string.Join('\n',
            $"segment-format {FormatVersion}", Renderer, Libraries, Fonts, Encoder, EncoderArguments,
            string.Create(CultureInfo.InvariantCulture, $"{settings.Width}x{settings.Height} {settings.FramesPerSecond:R} crf {settings.Crf} {settings.Preset} {settings.PixelInput} {settings.FrameRateMode}"));
        return SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> FontDigests = new();

    private static string FontDigest(string directory, string monoDirectory) => FontDigests.GetOrAdd(Path.GetFullPath(directory) + "\n" + Path.GetFullPath(monoDirectory), _ =>
    {
        // The text faces (every .otf of the Inter folder) and the monospace faces the library loads from its folder.
        var files = System.IO.Directory.EnumerateFiles(directory, "*.otf")
            .Concat(System.IO.Directory.Exists(monoDirectory) ? System.IO.Directory.EnumerateFiles(monoDirectory, "DejaVuSansMono*.ttf") : [])
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    });
}
