namespace Renderer.Scenes.Diagnostics;

/// <summary>A rectangle on the frame a diagnostic is about, in design units (a 16:9 frame is 1920×1080 units), at a time in the video.</summary>
public sealed record DiagnosticArea(double X, double Y, double Width, double Height, double Seconds);
