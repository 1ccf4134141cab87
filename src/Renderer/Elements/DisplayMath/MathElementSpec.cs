using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.DisplayMath;

/// <summary>A display formula typeset by TeX, centred in its box.</summary>
public sealed record MathElementSpec(ElementCommon Common, string Tex, double Size, string Color, TextAlign Align) : ElementSpec(Common);
