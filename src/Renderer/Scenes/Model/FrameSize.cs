using System.Globalization;

namespace Renderer.Scenes.Model;

/// <summary>A frame size in pixels: both sides even (yuv420p), 16..7680, neither more than 4 times the other.</summary>
public readonly record struct FrameSize(int Width, int Height)
{
    public const int MinSide = 16, MaxSide = 7680;

    public override string ToString() => $"{Width}x{Height}";

    /// <summary>The size, or null with why it cannot be a frame.</summary>
    public static FrameSize? Checked(int w, int h, out string? error)
    {
        error = null;
        if (w < MinSide || h < MinSide || w > MaxSide || h > MaxSide)
            error = $"a frame of {w}x{h} is outside {MinSide}..{MaxSide} pixels a side";
        else if (w % 2 != 0 || h % 2 != 0)
            error = $"a frame of {w}x{h} has an odd side; H.264 (yuv420p) needs even widths and heights";
        else if (Math.Max(w, h) > 4 * Math.Min(w, h))
            error = $"a frame of {w}x{h} is more than 4 times as long as it is wide; slides cannot be laid out in it";
        return error is null ? new FrameSize(w, h) : null;
    }
}

/// <summary>
/// The shape to lay a scene out at instead of what its <c>video:</c> says (a portrait cut of a landscape scene):
/// a size in pixels ("1080x1920"), or an aspect ratio ("9:16") that keeps the scene's short side.
/// </summary>
public abstract record FrameShape
{
    /// <summary>The frame size for a scene whose <c>video:</c> is <paramref name="video"/>.</summary>
    public abstract FrameSize For(VideoSpec video);

    /// <summary>"WxH" in pixels.</summary>
    public static FrameShape? ParseSize(string text, out string? error)
    {
        var parts = text.Trim().ToLowerInvariant().Split('x');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
                              && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h))
            return FrameSize.Checked(w, h, out error) is { } size ? new Fixed(size) : null;
        error = $"'{text}' is not a size; write WIDTHxHEIGHT in pixels, e.g. 1080x1920";
        return null;
    }

    /// <summary>"W:H" such as 9:16, 1:1 or 16:9.</summary>
    public static FrameShape? ParseAspect(string text, out string? error)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
                              && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
                              && a is > 0 and <= 100 && b is > 0 and <= 100 && Math.Max(a, b) <= 4 * Math.Min(a, b))
        {
            error = null;
            return new Aspect(a, b);
        }
        error = $"'{text}' is not an aspect ratio up to 4:1; write WIDTH:HEIGHT, e.g. 9:16, 1:1 or 16:9";
        return null;
    }

    /// <summary>Exactly this size.</summary>
    public sealed record Fixed(FrameSize Size) : FrameShape
    {
        public override FrameSize For(VideoSpec video) => Size;
        public override string ToString() => Size.ToString();
    }

    /// <summary>This shape with the scene's short side (a 1920x1080 scene at 9:16 is 1080x1920).</summary>
    public sealed record Aspect(int W, int H) : FrameShape
    {
        public override FrameSize For(VideoSpec video)
        {
            var shortSide = Math.Min(video.Width, video.Height);
            static int Even(double v) => Math.Max(2, 2 * (int)Math.Round(v / 2));
            var (w, h) = W >= H ? (Even((double)shortSide * W / H), shortSide) : (shortSide, Even((double)shortSide * H / W));
            return new FrameSize(Math.Min(w, FrameSize.MaxSide), Math.Min(h, FrameSize.MaxSide));
        }

        public override string ToString() => $"{W}:{H}";
    }
}
