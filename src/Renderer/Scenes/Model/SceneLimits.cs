using System.Globalization;

namespace Renderer.Scenes.Model;

/// <summary>
/// Every size limit a scene file is held to, in one place. Scene files may come from anyone, so each is checked when
/// the scene loads (file:line:col, exit code 2), before anything is computed or drawn; none lets a count overflow an
/// <c>int</c>. The README's table of limits lists these values.
/// </summary>
/// <remarks>
/// The limits are far above what the shipped scenes use (largest: 9.6 KB, 2 670 frames, 2 000 samples per
/// simulation, 68 M quadrature evaluations) and far below what would exhaust a CI machine.
/// </remarks>
public static class SceneLimits
{
    /// <summary>Bytes in a scene file.</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>YAML nesting depth (lists and mappings inside each other).</summary>
    public const int MaxDepth = 32;

    /// <summary>YAML nodes, counting each use of an alias in full (so a "billion laughs" file is refused).</summary>
    public const int MaxNodes = 100_000;

    /// <summary>Items in any one YAML list.</summary>
    public const int MaxListItems = 1000;

    /// <summary>Characters in any one text value (a caption, a label, a name…).</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Characters in one formula (a math element, or one <c>$…$</c> in a text).</summary>
    public const int MaxFormulaLength = 1000;

    /// <summary>Distinct formulas in a scene.</summary>
    public const int MaxFormulas = 2000;

    /// <summary>Slides in a scene.</summary>
    public const int MaxSlides = 500;

    /// <summary>Elements on one slide.</summary>
    public const int MaxElementsPerSlide = 100;

    /// <summary>Outcomes of a discrete distribution.</summary>
    public const int MaxOutcomes = 64;

    /// <summary>Length of the whole video, and of any one duration in it, in seconds.</summary>
    public const int MaxSeconds = 3600;

    /// <summary>Samples of one sampling simulation.</summary>
    public const int MaxSamples = 1_000_000;

    /// <summary>Samples drawn by all simulations together (a sweep draws its samples at every step).</summary>
    public const long MaxTotalSamples = 4_000_000;

    /// <summary>Quadrature-point evaluations by all Gaussian fits together (steps × grid points, plus landscapes).</summary>
    public const long MaxQuadratureWork = 1_000_000_000;

    /// <summary>Items of a list under a given key, when that key has a tighter limit than <see cref="MaxListItems"/>.</summary>
    public static int MaxItemsOf(string key) => key switch
    {
        "outcomes" or "probabilities" or "weights" => MaxOutcomes,
        "slides" => MaxSlides,
        "elements" => MaxElementsPerSlide,
        _ => MaxListItems,
    };

    /// <summary>What a list under <paramref name="key"/> holds, for messages.</summary>
    public static string ItemsName(string key) => key switch
    {
        "outcomes" or "probabilities" or "weights" => "outcomes",
        "slides" => "slides",
        "elements" => "elements on one slide",
        _ => "items",
    };

    /// <summary>A count as people write it: 1,000,000.</summary>
    public static string Show(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
