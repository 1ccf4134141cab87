using System.Text.Json.Nodes;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>
/// A number that may be an expression of the scene's parameters (<c>'mu + 2*s'</c>), evaluated every frame, so it
/// moves when a slide animates a parameter. <see cref="Variables"/> are the key's own variables besides the parameters
/// (x for a plotted function). A <see cref="Constant"/> key fixes something at compile time (layout) and accepts a
/// literal or an expression of constants only.
/// </summary>
public sealed class ExpressionKey(string name, string doc, double min = double.NegativeInfinity, double max = double.PositiveInfinity,
    double? @default = null, IReadOnlyList<string>? variables = null, bool constant = false) : Key(name, doc)
{
    public double Min { get; } = min;
    public double Max { get; } = max;
    public double? DefaultValue { get; } = @default;
    public IReadOnlyList<string> Variables { get; } = variables ?? [];
    public bool Constant { get; } = constant;

    public override string TypeName => (Constant ? "number" : Variables.Count > 0 ? $"expression of {string.Join(", ", Variables)} and parameters" : "number or expression")
                                       + Format.Range(Min, Max);
    public override string? Default => DefaultValue is { } d ? Format.Number(d) : null;

    /// <summary>The scope an expression of this key is compiled against: its own variables, then the parameters.</summary>
    public IReadOnlyList<string> Scope(IReadOnlyList<string> parameters) => [.. Variables, .. parameters];

    /// <summary>The value as written, the default when absent (null when there is none), or null when wrong (reported).</summary>
    public ExpressionSpec? Read(MapReader map, IReadOnlyList<string> parameters)
    {
        var node = map.Value(Name);
        if (node is null) return DefaultValue is { } d ? ExpressionSpec.Of(d, map.Position) : null;
        return ExpressionReader.Read(map.Context, node, Name, Scope(parameters), Min, Max, Constant);
    }

    protected override JsonNode BuildSchema()
    {
        var number = JsonSchemas.Num("", Min, Max);
        var o = Constant
            ? JsonSchemas.AnyOf(Doc, number, new JsonObject { ["type"] = "string" })
            : JsonSchemas.AnyOf(Doc, number, new JsonObject { ["type"] = "string", ["description"] = "An expression, e.g. 'mu + 0.1'." });
        if (DefaultValue is { } d) o["default"] = d;
        return o;
    }
}
