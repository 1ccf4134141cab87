using System.Collections.Concurrent;
using HarfBuzzSharp;
using Renderer.Frames;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Renderer.Drawing;

/// <summary>
/// The project's fonts, loaded from explicit files and never from whatever fontconfig finds, so a frame
/// looks the same on every machine. Inter (Debian's fonts-inter, installed by tools/setup.sh) is a
/// screen-first sans with clear figures; maths is set by TeX in Computer Modern. Code is set in DejaVu Sans Mono
/// (Debian's fonts-dejavu-core): a monospace face with distinct 0/O and 1/l/I, in regular and bold.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    public const string DefaultDirectory = "/usr/share/fonts/opentype/inter";
    public const string DirectoryVariable = "RENDERER_FONT_DIR";
    public const string DefaultMonoDirectory = "/usr/share/fonts/truetype/dejavu";
    public const string MonoDirectoryVariable = "RENDERER_MONO_FONT_DIR";

    private static readonly IReadOnlyDictionary<bool, string> MonoFiles = new Dictionary<bool, string>
    {
        [false] = "DejaVuSansMono.ttf",
        [true] = "DejaVuSansMono-Bold.ttf",
    };

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
    private readonly Dictionary<bool, SKTypeface> _mono;
    private readonly ConcurrentDictionary<(FontWeight, bool), ushort[]> _tabularDigits = new();

    private FontLibrary(Dictionary<(FontWeight, bool), SKTypeface> faces, Dictionary<bool, SKTypeface> mono, string directory, string monoDirectory)
    {
        _faces = faces;
        _mono = mono;
        Directory = directory;
        MonoDirectory = monoDirectory;
    }

    public string Directory { get; }

    public string MonoDirectory { get; }

    /// <summary>The folders the faces are loaded from: <c>RENDERER_FONT_DIR</c> and its monospace twin, else Debian's.</summary>
    public static (string Text, string Mono) Directories() => (
        Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } env ? env : DefaultDirectory,
        Environment.GetEnvironmentVariable(MonoDirectoryVariable) is { Length: > 0 } m ? m : DefaultMonoDirectory);

    /// <summary>Loads every face or throws <see cref="FontMissingException"/> naming the missing file.</summary>
    public static FontLibrary Load(string? directory = null)
    {
        var (text, mono) = Directories();
        directory ??= text;
        var faces = new Dictionary<(FontWeight, bool), SKTypeface>();
        var monoFaces = new Dictionary<bool, SKTypeface>();
        try
        {
            foreach (var (key, file) in Files) faces[key] = Open(Path.Combine(directory, file));
            foreach (var (bold, file) in MonoFiles) monoFaces[bold] = Open(Path.Combine(mono, file));
        }
        catch
        {
            foreach (var f in faces.Values.Concat(monoFaces.Values)) f.Dispose();
            throw;
        }
        return new FontLibrary(faces, monoFaces, directory, mono);
    }

    private static SKTypeface Open(string path) => (File.Exists(path) ? SKTypeface.FromFile(path) : null) ?? throw new FontMissingException(path);

    /// <summary>SKTypeface is immutable and safe to share between render workers; SKFont is not, so make one per worker.</summary>
    public SKTypeface Face(FontSpec font) => font.Mono ? _mono[font.Weight >= FontWeight.SemiBold] : _faces[(font.Weight, font.Italic)];

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
    public ushort[] TabularDigits(FontSpec font) => font.Mono ? [] : _tabularDigits.GetOrAdd((font.Weight, font.Italic), key =>
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
        foreach (var face in _faces.Values.Concat(_mono.Values)) face.Dispose();
    }
}
