using Renderer.Frames;

namespace Renderer.Themes;

/// <summary>
/// Colours by role. Hues come from the Okabe–Ito palette, designed to stay distinguishable with every
/// common form of colour-vision deficiency; P and Q are always blue and orange, the most robust pair.
/// </summary>
public sealed record Theme(
    string Name,
    Rgba Background,
    Rgba Panel,
    Rgba Grid,
    Rgba Axis,
    Rgba Text,
    Rgba Muted,
    Rgba P,
    Rgba Q,
    Rgba Accent,
    Rgba Highlight,
    Rgba Reference,
    Rgba Warning,
    Rgba Good)
{
    public static Theme Dark { get; } = new(
        "dark",
        Background: Rgba.FromHex("#15181d"),
        Panel: Rgba.FromHex("#1d2128"),
        Grid: Rgba.FromHex("#2b3038"),
        Axis: Rgba.FromHex("#6b7280"),
        Text: Rgba.FromHex("#eceae6"),
        Muted: Rgba.FromHex("#a3a9b1"),
        P: Rgba.FromHex("#56b4e9"),
        Q: Rgba.FromHex("#e69f00"),
        Accent: Rgba.FromHex("#2fbf8f"),
        Highlight: Rgba.FromHex("#f0e442"),
        Reference: Rgba.FromHex("#cc79a7"),
        Warning: Rgba.FromHex("#e5774a"),
        Good: Rgba.FromHex("#2fbf8f"));

    public static Theme Light { get; } = new(
        "light",
        Background: Rgba.FromHex("#fbfaf7"),
        Panel: Rgba.FromHex("#f1efe9"),
        Grid: Rgba.FromHex("#e2e0da"),
        Axis: Rgba.FromHex("#8a8f98"),
        Text: Rgba.FromHex("#1f2328"),
        Muted: Rgba.FromHex("#5c636d"),
        P: Rgba.FromHex("#0072b2"),
        Q: Rgba.FromHex("#d55e00"),
        Accent: Rgba.FromHex("#009e73"),
        Highlight: Rgba.FromHex("#e69f00"),
        Reference: Rgba.FromHex("#cc79a7"),
        Warning: Rgba.FromHex("#d55e00"),
        Good: Rgba.FromHex("#009e73"));

    public static Theme ByName(string name) => name == "light" ? Light : Dark;

    /// <summary>Resolves a colour name from a scene (a role such as "p", or "#rrggbb").</summary>
    public Rgba Resolve(string name) => name switch
    {
        "text" => Text,
        "muted" => Muted,
        "p" => P,
        "q" => Q,
        "accent" => Accent,
        "highlight" => Highlight,
        "reference" => Reference,
        "warning" => Warning,
        "good" => Good,
        _ when name.StartsWith('#') => Rgba.FromHex(name),
        _ => Text,
    };

    /// <summary>Series colours for the n-th distribution in a chart: P, Q, then the rest of the palette.</summary>
    public Rgba Series(int index) => (index % 5) switch
    {
        0 => P,
        1 => Q,
        2 => Accent,
        3 => Reference,
        _ => Warning,
    };
}
