namespace Renderer.Scenes.Diagnostics;

/// <summary>A rectangle on the frame a diagnostic is about, in design units (the frame is 1080 units on its short side), at a time in the video.</summary>
public sealed record DiagnosticArea(double X, double Y, double Width, double Height, double Seconds);
