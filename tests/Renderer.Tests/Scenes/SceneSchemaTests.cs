using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using Renderer.Language;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Renderer.Tests.Scenes;

/// <summary>The published JSON Schema is the loader's own key tables, committed, and accepts every shipped scene.</summary>
public sealed class SceneSchemaTests
{
    private static readonly string Committed = Path.Combine(RepositoryPaths.Scenes, "scene.schema.json");

    [Fact]
    public void The_committed_schema_is_the_generated_one()
    {
        // If this fails after adding a key or kind: tools/renderer schema -o scenes/scene.schema.json
        Assert.Equal(SceneSchema.Json(), File.ReadAllText(Committed));
    }

    public static TheoryData<string> ShippedScenes() => new(RepositoryPaths.ShippedScenes());

    [Theory]
    [MemberData(nameof(ShippedScenes))]
    public void Every_shipped_scene_validates_against_the_schema(string scene)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Committed));
        var result = schema.Evaluate(YamlToJson(File.ReadAllText(RepositoryPaths.Scene(scene))), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_schema_rejects_what_the_loader_rejects()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Committed));
        var yaml = "title: x\nslides:\n  - duration: 2s\n    elements:\n      - { barz: [P] }\n";
        Assert.False(schema.Evaluate(YamlToJson(yaml)).IsValid);
        Assert.False(schema.Evaluate(YamlToJson("title: x\nslides:\n  - duration: soon\n")).IsValid);
        Assert.True(schema.Evaluate(YamlToJson("title: x\nslides:\n  - duration: 2s\n")).IsValid);
    }

    // Plain YAML scalars become numbers or booleans where YAML would read them so; quoted ones stay strings.
    private static System.Text.Json.JsonElement YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return System.Text.Json.JsonSerializer.SerializeToElement(Convert(stream.Documents[0].RootNode));
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" } => JsonValue.Create(true),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "false" } => JsonValue.Create(false),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: { } v } when long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => JsonValue.Create(i),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: { } v } when double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };
}
