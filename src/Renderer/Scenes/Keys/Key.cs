using System.Text.Json.Nodes;

namespace Renderer.Scenes.Keys;

/// <summary>
/// One key a scene file may hold, declared once: its name, the type and range of its value, its default and a
/// one-line doc. The reader reads it through the declaration, the JSON Schema and the scene reference are generated
/// from it, so the three can never disagree.
/// </summary>
public abstract class Key(string name, string doc)
{
    public string Name { get; } = name;

    /// <summary>One line for the reference and the editor's hover.</summary>
    public string Doc { get; } = doc;

    /// <summary>The value's type as the reference prints it, e.g. "integer 0–6".</summary>
    public abstract string TypeName { get; }

    /// <summary>The default as the reference prints it; null when the key has none (or it is "not shown").</summary>
    public virtual string? Default => null;

    /// <summary>The key's JSON Schema, its description being <see cref="Doc"/>.</summary>
    public JsonNode Schema()
    {
        var schema = BuildSchema();
        if (schema is JsonObject o && !o.ContainsKey("description")) o["description"] = Doc;
        return schema;
    }

    protected abstract JsonNode BuildSchema();

    public override string ToString() => Name;
}
