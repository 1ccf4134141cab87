using Renderer.Scenes.Model;
using Renderer.Text;

namespace Renderer.Elements.Label;

/// <summary>A short text (inline maths) placed beside an anchor, or in its box.</summary>
public sealed record LabelElementSpec(ElementCommon Common, string Text, LabelSide Side, string Color, bool Background, TextAlign Align) : ElementSpec(Common);

/// <summary>Which side of its anchor a label sits on.</summary>
public enum LabelSide { Above, Below, Left, Right, Center }
