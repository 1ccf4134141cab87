using System.Globalization;

namespace Renderer.Plotting;

/// <summary>Numbers as shown on screen: fixed digits, a true minus sign, ∞ for infinities, – for "not yet".</summary>
public static class NumberFormat
{
    public static string Fixed(double value, int digits)
    {
        if (double.IsNaN(value)) return "–";
        if (double.IsPositiveInfinity(value)) return "∞";
        if (double.IsNegativeInfinity(value)) return "−∞";
        var rounded = Math.Round(value, digits, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // no "-0.000"
        var text = rounded.ToString("F" + digits, CultureInfo.InvariantCulture);
        return text.StartsWith('-') ? "−" + text[1..] : text;
    }

    /// <summary>
    /// The fewest digits (up to <paramref name="maxDigits"/>) that show the value exactly: 0.5, 0.125, 0.0625, 1;
    /// a value that needs more is rounded to <paramref name="maxDigits"/> (1/3 → 0.3333).
    /// </summary>
    public static string Shortest(double value, int maxDigits)
    {
        for (var d = 0; d < maxDigits; d++)
            if (Math.Abs(Math.Round(value, d, MidpointRounding.AwayFromZero) - value) <= 1e-12 * Math.Max(1, Math.Abs(value)))
                return Fixed(value, d);
        return Fixed(value, maxDigits);
    }

    public static string Count(double value) =>
        double.IsNaN(value) ? "–" : ((long)value).ToString("N0", CultureInfo.InvariantCulture);

    public static string Tick(double value, int decimals) =>
        value >= 1000 && decimals == 0 ? Count(value) : Fixed(value, decimals);
}
