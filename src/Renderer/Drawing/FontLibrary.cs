using System.Collections.Concurrent;
using HarfBuzzSharp;
using Renderer.Frames;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Renderer.Drawing;

/// <summary>
/// The project's fonts, loaded from explicit files and never from whatever fontconfig finds, so a frame
/// looks the same on every machine. Inter (Debian's fonts-inter, installed by tools/setup.sh) is a
/// screen-first sans with clear figures; maths is set by TeX in Computer Modern.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    public const string DefaultDirectory = "/usr/share/fonts/opentype/inter";
    public const string DirectoryVariable = "RENDERER_FONT_DIR";

    private static readonly IReadOnlyDictionary<(FontWeight, bool), string> Files = new Dictionary<(FontWeight, bool), string>
    {
        [(FontWeight.Regular, false)] = "Inter-Regular.otf",
        [(FontWeight.Medium, false)] = "Inter-Medium.otf",
        [(FontWeight.SemiBold, false)] = "Inter-SemiBold.otf",
        [(FontWeight.Bold, false)] = "Inter-Bold.otf",
        [(FontWeight.Regular, true)] = "Inter-Italic.otf",
        [(FontWeight.Medium, true)] = "Inter-MediumItalic.otf",
        [(FontWeight.SemiBold, true)] = "Inter-SemiBoldItalic.otf",
        [(FontWeight.Bold, true)] = "Inter-BoldItalic.otf",
    };

    private readonly Dictionary<(FontWeight, bool), SKTypeface> _faces;
    private readonly ConcurrentDictionary<(FontWeight, bool), ushort[]> _tabularDigits = new();

    private FontLibrary(Dictionary<(FontWeight, bool), SKTypeface> faces, string directory)
    {
        _faces = faces;
        Directory = directory;
    }

    public string Directory { get; }

    /// <summary>Loads every face or throws <see cref="FontMissingException"/> naming the missing file.</summary>
    public static FontLibrary Load(string? directory = null)
    {
        directory ??= Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } env ? env : DefaultDirectory;
        var faces = new Dictionary<(FontWeight, bool), SKTypeface>();
        foreach (var (key, file) in Files)
        {
            var path = Path.Combine(directory, file);
            var face = File.Exists(path) ? SKTypeface.FromFile(path) : null;
            if (face is null)
            {
                foreach (var f in faces.Values) f.Dispose();
                throw new FontMissingException(path);
            }
            faces[key] = face;
        }
        return new FontLibrary(faces, directory);
    }

    /// <summary>SKTypeface is immutable and safe to share between render workers; SKFont is not, so make one per worker.</summary>
    public SKTypeface Face(FontSpec font) => _faces[(font.Weight, font.Italic)];

    public SKFont CreateFont(FontSpec font) => new(Face(font), (float)font.Size)
    {
        // No hinting and subpixel positioning: text scales exactly with the frame, so a 960x540 snapshot
        // is the 1080p frame in miniature and layout does not shift between resolutions.
        Hinting = SKFontHinting.None,
        Subpixel = true,
        Edging = SKFontEdging.Antialias,
        LinearMetrics = true,
    };

    /// <summary>
    /// The glyphs of the face's tabular figures 0–9 (what OpenType's 'tnum' feature substitutes for the digits), looked
    /// up once per face by shaping "0123456789" with HarfBuzz; empty when the face has none, and digits then stay
    /// proportional. Inter's are drawn for the purpose: each is as wide as the widest digit.
    /// </summary>
    public ushort[] TabularDigits(FontSpec font) => _tabularDigits.GetOrAdd((font.Weight, font.Italic), key =>
    {
        var typeface = _faces[key];
        using var stream = typeface.OpenStream(out var index);
        if (stream is null) return [];
        using var blob = stream.ToHarfBuzzBlob();
        using var face = new Face(blob, index);
        using var shaper = new HarfBuzzSharp.Font(face);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16("0123456789");
        buffer.GuessSegmentProperties();
        shaper.Shape(buffer, new Feature(Tag.Parse("tnum")));
        var glyphs = buffer.GlyphInfos.Select(g => (ushort)g.Codepoint).ToArray();
        return glyphs.Length == 10 ? glyphs : [];
    });

    public void Dispose()
    {
        foreach (var face in _faces.Values) face.Dispose();
    }
}
