using System.Text.Json.Nodes;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using YamlDotNet.RepresentationModel;

namespace Renderer.Elements.Containers;

/// <summary>
/// What the four containers share: the main argument is a list of elements, placed in the container's box by its
/// layout rule. Authors stop computing fractions; a row turns into a column in a portrait frame.
/// </summary>
public abstract class ContainerKind : ElementKind<ContainerSpec>
{
    public const double DefaultGap = 40;

    protected static readonly NumberKey Gap = new("gap", "Space between neighbouring children, in design units (a 16:9 frame is 1920×1080 units).", 0, 400, DefaultGap);
    protected static readonly NumberListKey Weights = new("weights", "Each child's share of the length, in order (default: equal).", 1e-6, 1e6);

    public override Key Main => new CustomKey(Name, "The elements it holds, in order.", "list of elements",
        () => new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["$ref"] = "#/$defs/element" } });

    protected abstract ContainerDirection Direction { get; }

    public override ElementSpec? Read(ElementReading reading)
    {
        var map = reading.Map;
        if (reading.Main is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            reading.Context.Error(reading.Main, $"'{Name}' needs a list of elements", $"e.g. {Name}: [{{ text: A }}, {{ text: B }}]");
            return null;
        }
        var slots = list.Children.Select(reading.ReadChild).ToList();
        var weights = Weights.Read(map);
        if (weights is not null && weights.Count != slots.Count)
        {
            reading.Context.Error(map.Value(Weights.Name)!, $"'weights' has {weights.Count} numbers for {slots.Count} children", "give one weight per child, in order");
            weights = null;
        }
        var layout = new ContainerLayout(Direction, weights ?? slots.Select(_ => 1.0).ToList(), Gap.Get(map), Columns(map), Reflow(map));
        return new ContainerSpec(reading.Common, layout, slots);
    }

    protected virtual int Columns(Scenes.Yaml.MapReader map) => 1;

    protected virtual bool Reflow(Scenes.Yaml.MapReader map) => true;

    /// <summary>Never called: the reader flattens a container into its children.</summary>
    protected override ISlideElement Compile(ContainerSpec spec, ElementCompileContext context) =>
        throw new InvalidOperationException("containers are flattened into their children when the scene is read");
}
