namespace Renderer.Scenes.Model.Elements;

/// <summary>The most recent draws of a sampling simulation, newest first, each with the cost it added.</summary>
public sealed record SampleTapeElementSpec(ElementCommon Common, string Simulation, int Count) : ElementSpec(Common)
{
    public const string KindName = "sample-tape";
    public override string Kind => KindName;
}
