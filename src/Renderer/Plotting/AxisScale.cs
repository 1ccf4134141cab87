namespace Renderer.Plotting;

/// <summary>How an axis maps data to pixels.</summary>
public enum AxisScale { Linear, Log }
