using Renderer.Scenes.Model;
using Renderer.Text;

namespace Renderer.Elements.Text;

/// <summary>A paragraph, wrapped to its box; may hold inline $...$ maths.</summary>
public sealed record TextElementSpec(ElementCommon Common, string Text, TextRole Role, TextAlign Align, string Color) : ElementSpec(Common);

/// <summary>Size and weight of a text element.</summary>
public enum TextRole { Title, Heading, Body, Small }
