namespace Renderer.Typesetting;

/// <summary>How <see cref="TexTypesetter"/> finds its tools and cache. The defaults suit a Debian machine set up by tools/setup.sh.</summary>
public sealed record TexOptions
{
    /// <summary>The <c>latex</c> executable: a name looked up on PATH, or a path.</summary>
    public string LatexPath { get; init; } = "latex";

    /// <summary>The <c>dvisvgm</c> executable: a name looked up on PATH, or a path.</summary>
    public string DvisvgmPath { get; init; } = "dvisvgm";

    /// <summary>Wall-clock limit for each tool run; the process tree is killed after it.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>CPU-time and memory limits for each tool run (null: none); see <see cref="Processes.ResourceLimits.Tex"/>.</summary>
    public Processes.ResourceLimits? Limits { get; init; } = Processes.ResourceLimits.Tex;

    /// <summary>Cache directory; null means <see cref="TexCache.DefaultDirectory"/>.</summary>
    public string? CacheDirectory { get; init; }
}
