namespace Renderer.Scenes.Model.Elements;

/// <summary>A paragraph, wrapped to its box; may hold inline $...$ maths.</summary>
public sealed record TextElementSpec(ElementCommon Common, string Text, TextRole Role, TextAlign Align, string Color)
    : ElementSpec(Common)
{
    public const string KindName = "text";
    public override string Kind => KindName;
}

public enum TextRole { Title, Heading, Body, Small }

public enum TextAlign { Left, Center, Right }
