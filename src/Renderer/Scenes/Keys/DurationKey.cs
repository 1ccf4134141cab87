using System.Text.Json.Nodes;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>A duration: 3s, 1.5s, 500ms or 45f (frames).</summary>
public sealed class DurationKey(string name, string doc, string? @default = null, bool allowZero = true) : Key(name, doc)
{
    public override string TypeName => "duration";
    public override string? Default { get; } = @default;

    public Timeline.Duration? Read(MapReader map) => map.Duration(Name, allowZero);

    protected override JsonNode BuildSchema() => JsonSchemas.Duration(Doc);
}
