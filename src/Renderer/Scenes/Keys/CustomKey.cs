using System.Text.Json.Nodes;

namespace Renderer.Scenes.Keys;

/// <summary>
/// A key whose value has a shape of its own (a list of readouts, a number or a list of levels...): the kind reads
/// it by hand from the node, and declares here its type for the reference and its schema.
/// </summary>
public sealed class CustomKey(string name, string doc, string type, Func<JsonNode> schema, string? @default = null) : Key(name, doc)
{
    public override string TypeName { get; } = type;
    public override string? Default { get; } = @default;

    protected override JsonNode BuildSchema() => schema();
}
