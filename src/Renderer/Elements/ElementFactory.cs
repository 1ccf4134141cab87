using Renderer.Scenes.Model.Elements;

namespace Renderer.Elements;

/// <summary>Compiles element specs into their reusable implementations.</summary>
public static class ElementFactory
{
    public static ISlideElement Create(ElementSpec spec, ElementCompileContext context) => spec switch
    {
        TextElementSpec s => new TextElement(s, context),
        MathElementSpec s => new MathElement(s, context),
        BarsElementSpec s => new BarsElement(s, context),
        RunningMeanElementSpec s => new RunningMeanElement(s, context),
        ReadoutsElementSpec s => new ReadoutsElement(s, context),
        SampleTapeElementSpec s => new SampleTapeElement(s, context),
        SweepPlotElementSpec s => new SweepPlotElement(s, context),
        HuffmanTreeElementSpec s => new HuffmanTreeElement(s, context),
        DensityPlotElementSpec s => new DensityPlotElement(s, context),
        LossCurveElementSpec s => new LossCurveElement(s, context),
        LossLandscapeElementSpec s => new LossLandscapeElement(s, context),
        _ => throw new InvalidOperationException($"no implementation for element kind '{spec.Kind}'"),
    };
}
