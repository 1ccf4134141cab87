using System.Globalization;

namespace Renderer.Timeline;

/// <summary>A length of time as the author wrote it: seconds ("1.5s", "500ms") or frames ("45f").</summary>
public readonly record struct Duration(double Amount, DurationUnit Unit)
{
    public static Duration Zero => new(0, DurationUnit.Seconds);
    public static Duration Seconds(double s) => new(s, DurationUnit.Seconds);
    public static Duration Frames(int f) => new(f, DurationUnit.Frames);

    /// <summary>Frames rounded to the nearest whole frame, so "1s" at 30 fps is exactly 30 frames.</summary>
    public int ToFrames(int fps) => Unit == DurationUnit.Frames ? (int)Amount : (int)Math.Round(Amount * fps, MidpointRounding.AwayFromZero);

    public double ToSeconds(int fps) => Unit == DurationUnit.Frames ? Amount / fps : Amount;

    public static bool TryParse(string text, out Duration duration)
    {
        duration = Zero;
        text = text.Trim();
        (string number, DurationUnit unit, double factor) = text switch
        {
            _ when text.EndsWith("ms", StringComparison.Ordinal) => (text[..^2], DurationUnit.Seconds, 0.001),
            _ when text.EndsWith('s') => (text[..^1], DurationUnit.Seconds, 1.0),
            _ when text.EndsWith('f') => (text[..^1], DurationUnit.Frames, 1.0),
            _ => ("", DurationUnit.Seconds, 0.0),
        };
        if (number.Length == 0 || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return false;
        if (!double.IsFinite(value) || value < 0) return false;
        if (unit == DurationUnit.Frames && value != Math.Floor(value)) return false;
        duration = new Duration(value * factor, unit);
        return true;
    }

    public override string ToString() =>
        Unit == DurationUnit.Frames ? $"{Amount.ToString(CultureInfo.InvariantCulture)}f" : $"{Amount.ToString(CultureInfo.InvariantCulture)}s";
}

public enum DurationUnit { Seconds, Frames }
