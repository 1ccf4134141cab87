namespace Renderer.Typesetting;

/// <summary>
/// Internal signal: a LaTeX run that was also producing this formula stopped at another formula's error.
/// This formula was never tried, so whoever waits for it simply asks again; it never reaches callers.
/// </summary>
internal sealed class TexBatchAbortedException() : Exception("typesetting was abandoned because another formula in the same LaTeX run failed");
