namespace Renderer.Scenes.Model.Elements;

/// <summary>A display formula typeset by TeX, centred in its box.</summary>
public sealed record MathElementSpec(ElementCommon Common, string Tex, double Size, string Color, TextAlign Align)
    : ElementSpec(Common)
{
    public const string KindName = "math";
    public override string Kind => KindName;
}
