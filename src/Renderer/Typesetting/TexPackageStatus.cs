namespace Renderer.Typesetting;

/// <summary>A LaTeX package (<c>name.sty</c>) and where kpsewhich found it, or null.</summary>
public sealed record TexPackageStatus(string Package, string? Path)
{
    public bool IsPresent => Path is not null;
}
