using System.Text.Json.Nodes;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>A range [min, max] with min &lt; max, both at least <see cref="Min"/>.</summary>
public sealed class RangeKey(string name, string doc, double min = double.NegativeInfinity) : Key(name, doc)
{
    public double Min { get; } = min;

    public override string TypeName => "[min, max]";

    /// <summary>The range; null when absent or wrong (reported).</summary>
    public (double Min, double Max)? Read(MapReader map)
    {
        if (!map.Has(Name)) return null;
        var values = map.DoubleList(Name, Min);
        if (values is null) return null;
        if (values.Count != 2 || !(values[0] < values[1]))
        {
            map.Context.Error(map.Value(Name)!, $"'{Name}' must be a range [min, max] with min < max", $"e.g. {Name}: [0, 1]");
            return null;
        }
        return (values[0], values[1]);
    }

    protected override JsonNode BuildSchema() =>
        new JsonObject { ["type"] = "array", ["items"] = JsonSchemas.Num("", Min), ["minItems"] = 2, ["maxItems"] = 2, ["description"] = Doc };
}
