using Renderer.Scenes.Model;
using Renderer.Text;

namespace Renderer.Elements.DisplayMath;

/// <summary>A display formula typeset by TeX, centred in its box.</summary>
public sealed record MathElementSpec(ElementCommon Common, string Tex, double Size, string Color, TextAlign Align) : ElementSpec(Common);
