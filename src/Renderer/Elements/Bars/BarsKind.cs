using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Bars;

/// <summary><c>bars</c>: grouped bars of distributions over the same outcomes.</summary>
public sealed class BarsKind : ElementKind<BarsElementSpec>
{
    private static readonly TextKey Highlight = new("highlight", "A sampling simulation whose latest draw is highlighted.", "simulation");
    private static readonly TextKey Information = new("information", "A distribution whose information -log Q(x) is shown under each outcome.", "distribution");
    private static readonly IntKey Digits = new("digits", "Digits after the point of the value labels.", 0, 6, 3);
    private static readonly NumberKey YMax = new("y-max", "Top of the y axis (default: the largest probability, rounded up).", 0.01, 1);
    private static readonly BoolKey Values = new("values", "Print each bar's value (dropped anyway when it would not fit legibly).", true);

    public override string Name => "bars";

    public override string Summary =>
        "Grouped bars of one or more discrete distributions over the same outcomes, with a legend and value labels. " +
        "`highlight` lights the outcome a sampling simulation just drew; `information` adds a row of -log Q(x).";

    public override Key Main { get; } = new NamesKey("bars", "Distributions over the same outcomes, e.g. [P, Q].", "distribution or list of distributions");

    public override IReadOnlyList<Key> Keys => [Highlight, Information, Digits, YMax, Values];

    public override string Example => "{ bars: [P, Q], highlight: ce, information: Q, at: left }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var (map, main, references) = (reading.Map, reading.Main, reading.References);
        var names = reading.MainNames();
        if (names is null)
        {
            map.Context.Error(main, "'bars' needs one or more distribution names", "e.g. bars: [P, Q]");
            return null;
        }
        var specs = names.Select(n => references.Discrete(main, n, "bars show outcomes with probabilities")).ToList();
        if (specs.Any(s => s is null)) return null;
        if (specs.Any(s => !s!.Distribution.Outcomes.SequenceEqual(specs[0]!.Distribution.Outcomes)))
        {
            map.Context.Error(main, "the distributions in one bar chart must have the same outcomes", "list the same outcomes in the same order");
            return null;
        }
        string? highlight = null;
        if (Highlight.Read(map) is { } h)
            highlight = references.Simulation(map.Value(Highlight.Name)!, h, Capabilities.SampledMean)?.Name;
        string? information = null;
        if (Information.Read(map) is { } i && references.Distribution(map.Value(Information.Name)!, i) is DiscreteDistributionSpec info)
        {
            if (!info.Distribution.Outcomes.SequenceEqual(specs[0]!.Distribution.Outcomes))
                map.Context.Error(map.Value(Information.Name)!, $"'{i}' has other outcomes than the bars", "use a distribution over the same outcomes");
            else information = info.Name;
        }
        return new BarsElementSpec(reading.Common, names, highlight, information, Digits.Get(map), YMax.Read(map), Values.Get(map));
    }

    protected override ISlideElement Compile(BarsElementSpec spec, ElementCompileContext context) => new BarsElement(spec, context);
}
