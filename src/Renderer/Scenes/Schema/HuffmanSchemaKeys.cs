using System.Text.Json.Nodes;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using static Renderer.Scenes.Schema.SceneSchema;

namespace Renderer.Scenes.Schema;

/// <summary>Schema of the keys added for Video 2: huffman-build, huffman-depth-sampling, the huffman-tree element, running means of several runs.</summary>
internal static class HuffmanSchemaKeys
{
    public static JsonNode? ElementMain(string kind) => kind switch
    {
        "huffman-tree" => Str("A huffman-build simulation: its tree, built step by step when the slide plays it."),
        "running-mean" => new JsonObject
        {
            ["anyOf"] = new JsonArray(Str("A sampling simulation."), StrList("Sampling simulations sharing the axes.")),
        },
        _ => null,
    };

    public static JsonNode? Element(string key) => key switch
    {
        "path" => Str("A huffman-depth-sampling on this tree: each draw lights its root-to-leaf path."),
        "rows" => new JsonObject { ["type"] = "array", ["items"] = Enum(HuffmanTreeReader.Rows.Keys, "A table row under the leaves.") },
        "edge-labels" => new JsonObject { ["type"] = "boolean", ["description"] = "Write 0/1 on the edges." },
        _ => null,
    };

    public static JsonNode? Simulation(string key) => key switch
    {
        "of" => Str("The distribution whose Huffman tree is built (every probability above 0)."),
        "code-for" => Str("The distribution whose Huffman tree prices each draw (every probability above 0)."),
        _ => null,
    };

    /// <summary>Reference lines a running mean may draw, over every sampling kind.</summary>
    public static IEnumerable<string> References => SimulationOutputs.ReferencesByKind.Values.SelectMany(v => v).Distinct();
}
