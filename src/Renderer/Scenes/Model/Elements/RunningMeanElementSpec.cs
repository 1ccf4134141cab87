namespace Renderer.Scenes.Model.Elements;

/// <summary>The running mean of a sampling simulation against the number of samples, with reference lines.</summary>
public sealed record RunningMeanElementSpec(
    ElementCommon Common,
    string Simulation,
    IReadOnlyList<string> References,
    bool Band,
    AxisScale XScale,
    double? YMin,
    double? YMax)
    : ElementSpec(Common)
{
    public const string KindName = "running-mean";
    public override string Kind => KindName;
}

public enum AxisScale { Linear, Log }
