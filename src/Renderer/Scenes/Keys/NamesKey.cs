using System.Text.Json.Nodes;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>One name or a list of names (distributions, simulations, reference lines, colour roles...).</summary>
public sealed class NamesKey(string name, string doc, string type = "name or list of names", IReadOnlyCollection<string>? allowed = null) : Key(name, doc)
{
    public override string TypeName { get; } = type;

    /// <summary>When set, every name must be one of these (the schema lists them).</summary>
    public IReadOnlyCollection<string>? Allowed { get; } = allowed;

    /// <summary>The names as written (one name reads as a list of one); null when absent or not a list of names.</summary>
    public IReadOnlyList<string>? Read(MapReader map) => map.StringList(Name);

    protected override JsonNode BuildSchema()
    {
        JsonNode item = Allowed is null ? new JsonObject { ["type"] = "string" } : JsonSchemas.Enum(Allowed, "");
        return JsonSchemas.AnyOf(Doc, item.DeepClone(), new JsonObject { ["type"] = "array", ["items"] = item });
    }
}
