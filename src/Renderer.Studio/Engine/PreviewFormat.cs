namespace Renderer.Studio.Engine;

/// <summary>How a preview frame is encoded: JPEG for scrubbing and playback (a 960×540 frame is ~55 KB and encodes in a
/// few ms), PNG when the exact pixels matter.</summary>
public enum PreviewFormat { Jpeg, Png }
