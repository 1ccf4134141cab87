using System.Globalization;

namespace Renderer.Scenes.Keys;

/// <summary>How the reference prints numbers and ranges: invariant culture, no trailing zeros.</summary>
internal static class Format
{
    public static string Number(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Range(double min, double max) => (double.IsFinite(min), double.IsFinite(max)) switch
    {
        (true, true) => $" {Number(min)}–{Number(max)}",
        (true, false) => $" ≥ {Number(min)}",
        (false, true) => $" ≤ {Number(max)}",
        _ => "",
    };
}
