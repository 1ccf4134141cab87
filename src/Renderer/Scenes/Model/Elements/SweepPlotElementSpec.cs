namespace Renderer.Scenes.Model.Elements;

/// <summary>H(P, Q_t) against the step t toward P: exact curve, sampled estimates, and H(P) as the floor.</summary>
public sealed record SweepPlotElementSpec(ElementCommon Common, string Simulation) : ElementSpec(Common)
{
    public const string KindName = "sweep-plot";
    public override string Kind => KindName;
}
