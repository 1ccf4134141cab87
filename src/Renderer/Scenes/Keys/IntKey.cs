using System.Text.Json.Nodes;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>A whole number in [Min, Max].</summary>
public sealed class IntKey(string name, string doc, int min = int.MinValue, int max = int.MaxValue, int? @default = null) : Key(name, doc)
{
    public int Min { get; } = min;
    public int Max { get; } = max;
    public int? DefaultValue { get; } = @default;

    public override string TypeName => "integer" + Format.Range(Min == int.MinValue ? double.NegativeInfinity : Min, Max == int.MaxValue ? double.PositiveInfinity : Max);
    public override string? Default => DefaultValue?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The value, the default when the key is absent, or null (with an error reported) when it is wrong.</summary>
    public int? Read(MapReader map) => map.Has(Name) ? map.Int(Name, Min, Max) : DefaultValue;

    /// <summary>The value, falling back to the default when it is absent or wrong (its error is already reported).</summary>
    public int Get(MapReader map) => Read(map) ?? DefaultValue ?? throw new InvalidOperationException($"key '{Name}' has no default");

    protected override JsonNode BuildSchema()
    {
        var o = JsonSchemas.Int(Min == int.MinValue ? null : Min, Max == int.MaxValue ? null : Max, Doc);
        if (DefaultValue is { } d) o["default"] = d;
        return o;
    }
}
