using System.Text.Json.Nodes;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>A list of numbers, each in [Min, Max].</summary>
public sealed class NumberListKey(string name, string doc, double min = double.NegativeInfinity, double max = double.PositiveInfinity, int minItems = 0)
    : Key(name, doc)
{
    public double Min { get; } = min;
    public double Max { get; } = max;
    public int MinItems { get; } = minItems;

    public override string TypeName => "list of numbers" + Format.Range(Min, Max);

    public IReadOnlyList<double>? Read(MapReader map) => map.DoubleList(Name, Min, Max);

    protected override JsonNode BuildSchema()
    {
        var o = new JsonObject { ["type"] = "array", ["items"] = JsonSchemas.Num("", Min, Max), ["description"] = Doc };
        if (MinItems > 0) o["minItems"] = MinItems;
        return o;
    }
}
