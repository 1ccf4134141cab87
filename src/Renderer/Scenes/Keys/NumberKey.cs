using System.Text.Json.Nodes;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>A finite number in [Min, Max].</summary>
public sealed class NumberKey(string name, string doc, double min = double.NegativeInfinity, double max = double.PositiveInfinity, double? @default = null)
    : Key(name, doc)
{
    public double Min { get; } = min;
    public double Max { get; } = max;
    public double? DefaultValue { get; } = @default;

    public override string TypeName => "number" + Format.Range(Min, Max);
    public override string? Default => DefaultValue is { } d ? Format.Number(d) : null;

    public double? Read(MapReader map) => map.Has(Name) ? map.Double(Name, Min, Max) : DefaultValue;

    public double Get(MapReader map) => Read(map) ?? DefaultValue ?? throw new InvalidOperationException($"key '{Name}' has no default");

    protected override JsonNode BuildSchema()
    {
        var o = JsonSchemas.Num(Doc, Min, Max);
        if (DefaultValue is { } d) o["default"] = d;
        return o;
    }
}
