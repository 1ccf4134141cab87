using System.Text.Json.Nodes;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>One of a fixed set of words, each standing for a value.</summary>
public sealed class EnumKey<T>(string name, string doc, IReadOnlyDictionary<string, T> values, T? @default = null) : Key(name, doc) where T : struct
{
    public IReadOnlyDictionary<string, T> Values { get; } = values;
    public T? DefaultValue { get; } = @default;

    public override string TypeName => string.Join(" | ", Values.Keys);
    public override string? Default => DefaultValue is { } d ? Values.First(v => EqualityComparer<T>.Default.Equals(v.Value, d)).Key : null;

    public T? Read(MapReader map) => map.Has(Name) ? map.Enum(Name, Values) : DefaultValue;

    public T Get(MapReader map) => Read(map) ?? DefaultValue ?? throw new InvalidOperationException($"key '{Name}' has no default");

    protected override JsonNode BuildSchema()
    {
        var o = JsonSchemas.Enum(Values.Keys, Doc);
        if (Default is { } d) o["default"] = d;
        return o;
    }
}
