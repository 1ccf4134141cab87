using Renderer.Compilation;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Language;
using Renderer.Runs;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Tests.TestSupport;
using Renderer.Text;

namespace Renderer.Tests.Kinds;

/// <summary>
/// The registry is the only place a kind is named, so what the engine can do is what the descriptors declare: these
/// tests hold the descriptors to their word (capabilities, examples, keys, readouts) and show that a kind written
/// outside the engine plugs in.
/// </summary>
public sealed class KindRegistryTests
{
    private static readonly KindSet Kinds = BuiltInKinds.All;

    public static TheoryData<string> SimulationKinds() => new(Kinds.Simulations.Select(k => k.Name));

    public static TheoryData<string> ElementKinds() => new(Kinds.Elements.Select(k => k.Name));

    [Theory]
    [MemberData(nameof(SimulationKinds))]
    public void A_simulation_kind_offers_exactly_the_capabilities_its_runs_and_specs_implement(string name)
    {
        var kind = Kinds.Simulation(name)!;
        foreach (var capability in kind.Provides)
        {
            Assert.True(capability.RunType.IsAssignableFrom(kind.RunType), $"{name}: {kind.RunType.Name} does not implement {capability.RunType.Name}");
            if (capability.SpecType is { } spec) Assert.True(spec.IsAssignableFrom(kind.SpecType), $"{name}: {kind.SpecType.Name} does not implement {spec.Name}");
        }
        // A run that can do more than its kind declares would be refused by elements that could use it.
        var all = new[] { Capabilities.SampledMean, Capabilities.HuffmanTree, Capabilities.HuffmanPath, Capabilities.EstimateSweep, Capabilities.GaussianFit };
        foreach (var capability in all.Where(c => c.RunType.IsAssignableFrom(kind.RunType)))
            Assert.Contains(capability, kind.Provides);
    }

    [Theory]
    [MemberData(nameof(SimulationKinds))]
    public void A_simulation_kinds_readouts_are_named_once_and_its_exact_values_are_readouts(string name)
    {
        var kind = Kinds.Simulation(name)!;
        var names = kind.Readouts.Select(r => r.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(kind.ExactValueNames, n => Assert.Contains(n, names));
        Assert.All(kind.Readouts, r => Assert.False(string.IsNullOrWhiteSpace(r.Doc), $"{name}.{r.Name} has no doc"));
    }

    [Theory]
    [MemberData(nameof(ElementKinds))]
    public void An_element_kind_declares_documented_keys_that_do_not_clash_with_the_common_ones(string name)
    {
        var kind = Kinds.Element(name)!;
        Assert.False(string.IsNullOrWhiteSpace(kind.Summary));
        var keys = new[] { kind.Main }.Concat(kind.Keys).Concat(CommonElementKeys.All).Select(k => k.Name).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(kind.Keys.Append(kind.Main), k => Assert.False(string.IsNullOrWhiteSpace(k.Doc), $"{name}.{k.Name} has no doc"));
    }

    [Fact]
    public void Every_example_in_the_reference_loads_compiles_and_draws()
    {
        var yaml = ReferenceFixture.Scene(Kinds, Kinds.Elements.Select(k => k.Example));
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File(ReferenceFixture.ExampleImage), Renderer.Tests.Elements.ImageTests.Svg);
        var spec = SceneLoader.Load(yaml, folder.File("reference.yaml"));
        Assert.Equal(Kinds.Simulations.Select(k => k.Name), spec.Simulations.Values.Select(s => s.Kind).Distinct());
        var compiled = SceneCompiler.Compile(spec, Kinds, RealText.Measurer, RealText.Typesetter, images: new Renderer.Drawing.SkiaImageDecoder());
        for (var i = 0; i < Kinds.Elements.Count; i++)
        {
            // A container's example comes back as its children, each placed inside the container's box.
            var elements = spec.Slides[i].Elements;
            Assert.NotEmpty(elements);
            if (Kinds.Elements[i] is not Renderer.Elements.Containers.ContainerKind) Assert.Equal(Kinds.Elements[i].Name, Assert.Single(elements).Kind);
            var frame = FrameEvaluator.Evaluate(compiled, compiled.Timeline.StartFrame(i) + compiled.Timeline.FrameCounts[i] / 2);
            Assert.NotEmpty(frame.Items);
        }
    }

    [Fact]
    public void The_committed_reference_is_the_generated_one()
    {
        // If this fails after changing a kind: tools/renderer reference -o docs/scene-reference.md
        Assert.Equal(SceneReference.Markdown(), File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "scene-reference.md")));
    }

    [Fact]
    public void A_kind_written_outside_the_engine_is_read_checked_compiled_and_drawn_through_the_registry()
    {
        var kinds = new KindSet([.. Kinds.Elements, new SquareKind()], Kinds.Simulations);
        var yaml = "title: t\nslides:\n  - duration: 1s\n    elements:\n      - { square: 0.5, color: q, at: left }\n";
        var compiled = SceneCompiler.Compile(SceneLoader.Load(yaml, "t.yaml", kinds), kinds, RealText.Measurer, RealText.Typesetter);
        var square = FrameEvaluator.Evaluate(compiled, 15).Items.OfType<RectItem>().Single(r => r.CornerRadius == 0 && r.Fill is not null && r.Box.Width > 100);
        Assert.Equal(square.Box.Width, square.Box.Height, 6);

        var bad = Assert.Throws<SceneValidationException>(() => SceneLoader.Load(yaml.Replace("0.5", "2").Replace("color", "colour"), "t.yaml", kinds));
        Assert.Contains(bad.Diagnostics, d => d.Message.Contains("unknown key 'colour' in a square element"));
        Assert.Contains(bad.Diagnostics, d => d.Message.Contains("'square' is 2, outside the allowed range"));
        Assert.Contains("square", SceneSchema.Json(kinds));
        Assert.Contains("### `square`", SceneReference.Markdown(kinds));
    }

    /// <summary>A square filling a fraction of its box's shorter side: the smallest element kind there can be.</summary>
    private sealed class SquareKind : ElementKind<SquareSpec>
    {
        private static readonly ColorKey Color = new("color", "Fill colour.", "accent");

        public override string Name => "square";
        public override string Summary => "A square.";
        public override Key Main { get; } = new NumberKey("square", "Side, as a fraction of the box's shorter side.", 0.01, 1);
        public override IReadOnlyList<Key> Keys => [Color];
        public override string Example => "{ square: 0.5 }";

        public override ElementSpec? Read(ElementReading reading) =>
            reading.Map.ParseDouble(reading.Main, "square", 0.01, 1) is { } side ? new SquareSpec(reading.Common, side, Color.Get(reading.Map)) : null;

        protected override ISlideElement Compile(SquareSpec spec, ElementCompileContext context) => new Square(spec);
    }

    private sealed record SquareSpec(ElementCommon Common, double Side, string Color) : ElementSpec(Common);

    private sealed class Square(SquareSpec spec) : ISlideElement
    {
        public ElementCommon Common => spec.Common;

        public void Render(in ElementFrame frame, DisplayListBuilder output)
        {
            var side = spec.Side * Math.Min(frame.Box.Width, frame.Box.Height);
            output.Rect(new Box(frame.Box.CenterX - side / 2, frame.Box.CenterY - side / 2, side, side), frame.Theme.Resolve(spec.Color));
        }
    }
}
