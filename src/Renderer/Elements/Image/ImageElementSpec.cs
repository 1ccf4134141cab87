using Renderer.Scenes.Model;

namespace Renderer.Elements.Image;

/// <summary>A picture from a file in the scene's folder, fitted to its box.</summary>
public sealed record ImageElementSpec(ElementCommon Common, string Name, string Path, ImageFormat Format, ImageFit Fit, ExpressionSpec Opacity) : ElementSpec(Common);

/// <summary>How an image fills its box: whole and centred (contain), filling it and cropped (cover), or stretched (fill).</summary>
public enum ImageFit { Contain, Cover, Fill }

/// <summary>What the file holds, told by its first bytes.</summary>
public enum ImageFormat { Png, Jpeg, Svg }
