namespace Renderer.Output;

/// <summary>
/// Which files one render makes (<c>render --format</c>) and how: the frames are drawn once and fed to every video
/// encoder; the poster and sheet are single frames drawn again. <c>.vtt</c>, <c>.srt</c>, <c>.html</c> and
/// <c>.json</c> are always written.
/// </summary>
/// <param name="Formats">Subset of <see cref="All"/>.</param>
/// <param name="Transparent">No background: video formats carry alpha (ProRes 4444 <c>.mov</c>, VP9 <c>yuva420p</c> <c>.webm</c>, RGBA PNGs).</param>
/// <param name="GifWidth">The GIF's width in pixels (height keeps the aspect ratio).</param>
/// <param name="GifFps">The GIF's frame rate.</param>
public sealed record DeliveryOptions(IReadOnlySet<string> Formats, bool Transparent = false, int GifWidth = 960, double GifFps = 15)
{
    /// <summary>Every format <c>--format</c> takes.</summary>
    public static readonly IReadOnlyList<string> All = ["mp4", "webm", "av1", "mov", "gif", "png", "poster", "sheet"];

    /// <summary>Without <c>--format</c>: the MP4 and its poster.</summary>
    public static DeliveryOptions Default { get; } = new(new HashSet<string> { "mp4", "poster" });

    /// <summary>With <c>--transparent</c> and no <c>--format</c>: both alpha video formats and the poster.</summary>
    public static DeliveryOptions TransparentDefault { get; } = new(new HashSet<string> { "mov", "webm", "poster" }, Transparent: true);

    /// <summary>Formats made from every frame by an encoder (the poster and sheet are single frames drawn again).</summary>
    public static readonly IReadOnlyList<string> FramedFormats = ["mp4", "webm", "av1", "mov", "gif", "png"];

    /// <summary>Formats that cannot carry transparency.</summary>
    public static readonly IReadOnlyList<string> Opaque = ["mp4", "av1", "gif"];

    /// <summary>Parses "mp4,webm,gif"; the problem in words if a name is unknown or the combination impossible.</summary>
    public static (DeliveryOptions? Options, string? Problem) Parse(string? formats, bool transparent, int gifWidth = 960, double gifFps = 15)
    {
        if (formats is null)
            return ((transparent ? TransparentDefault : Default) with { GifWidth = gifWidth, GifFps = gifFps }, null);
        var names = formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.ToLowerInvariant()).ToHashSet();
        if (names.Count == 0) return (null, "--format names no format");
        if (names.FirstOrDefault(n => !All.Contains(n)) is { } unknown)
            return (null, $"unknown format '{unknown}'; use any of {string.Join(", ", All)}");
        if (transparent && names.FirstOrDefault(n => Opaque.Contains(n)) is { } opaque)
            return (null, $"{opaque} cannot carry transparency; with --transparent use mov, webm, png, poster, sheet");
        return (new DeliveryOptions(names, transparent, gifWidth, gifFps), null);
    }

    public bool Has(string format) => Formats.Contains(format);
}
