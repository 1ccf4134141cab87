using System.Text.Json.Nodes;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>A list of colours, one per series, in order.</summary>
public sealed class ColorListKey(string name, string doc) : Key(name, doc)
{
    public override string TypeName => "list of colours";

    /// <summary>
    /// The colours as written; each unknown one is reported. With <paramref name="count"/> (the number of series,
    /// when known) more colours than series is an error too. Null when any is wrong.
    /// </summary>
    public IReadOnlyList<string>? Read(MapReader map, int? count, string series)
    {
        var colors = map.StringList(Name) ?? [];
        var ok = true;
        foreach (var c in colors.Where(c => !ColorNames.IsValid(c)))
        {
            map.Context.Error(map.Value(Name)!, $"unknown colour '{c}'", ColorKey.Hint(c));
            ok = false;
        }
        if (map.Has(Name) && count is not null && colors.Count > count)
        {
            map.Context.Error(map.Value(Name)!, $"'{Name}' has {colors.Count} entries for {count} {series}", $"give one colour per {series.TrimEnd('s')}, in order");
            ok = false;
        }
        return ok ? colors.ToList() : null;
    }

    protected override JsonNode BuildSchema() =>
        new JsonObject { ["type"] = "array", ["items"] = ColorKey.ColorSchema("A colour role or #rrggbb."), ["description"] = Doc };
}
