using System.Text;
using System.Text.RegularExpressions;

namespace Renderer.Elements.Image;

/// <summary>
/// What an image file is, from its first bytes, and whether an SVG is safe to hand to the SVG renderer: scene files
/// are untrusted, and an SVG can point outside itself (external images and stylesheets, entities), so one that refers
/// to anything but its own fragments (#id) is refused.
/// </summary>
public static partial class ImageFiles
{
    public static ImageFormat? Format(string path)
    {
        var head = new byte[512];
        int read;
        using (var file = File.OpenRead(path)) read = file.Read(head, 0, head.Length);
        var bytes = head.AsSpan(0, read);
        if (bytes.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return ImageFormat.Png;
        if (bytes.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return ImageFormat.Jpeg;
        var text = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if ((text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith("<svg", StringComparison.Ordinal) || text.StartsWith("<!--", StringComparison.Ordinal))
            && File.ReadAllText(path).Contains("<svg", StringComparison.Ordinal)) return ImageFormat.Svg;
        return null;
    }

    /// <summary>Why an SVG may not be drawn (it reaches outside itself), or null when it is self-contained.</summary>
    public static string? UnsafeSvg(string path)
    {
        var svg = File.ReadAllText(path);
        if (Doctype().IsMatch(svg)) return "it declares a DOCTYPE or entities";
        if (Script().IsMatch(svg)) return "it holds a script or foreign content";
        if (ExternalHref().Match(svg) is { Success: true } href) return $"it refers to '{href.Groups["v"].Value}' outside itself";
        if (ExternalUrl().Match(svg) is { Success: true } url) return $"it refers to 'url({url.Groups["v"].Value})' outside itself";
        if (svg.Contains("@import", StringComparison.OrdinalIgnoreCase)) return "its style imports a stylesheet";
        return null;
    }

    [GeneratedRegex(@"<!(DOCTYPE|ENTITY)", RegexOptions.IgnoreCase)]
    private static partial Regex Doctype();

    [GeneratedRegex(@"<\s*(script|foreignObject|iframe)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex(@"href\s*=\s*[""'](?<v>(?!#)[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalHref();

    [GeneratedRegex(@"url\(\s*[""']?(?<v>(?!#)[^)""']*)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
