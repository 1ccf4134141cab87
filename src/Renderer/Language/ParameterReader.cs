using System.Text.RegularExpressions;
using Renderer.Expressions;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using Renderer.Timeline;
using YamlDotNet.RepresentationModel;

namespace Renderer.Language;

/// <summary>
/// Reads the scene's <c>parameters: { mu: 0.2 }</c> and a slide's <c>animate: { mu: { to: 0.7, at: 1s, over: 3s,
/// easing: smooth } }</c> (or a list of such moves, or just the target: <c>mu: 0.7</c>).
/// </summary>
internal static partial class ParameterReader
{
    public static readonly string[] MoveKeys = ["to", "at", "over", "easing"];

    /// <summary>Names a parameter may not take: the variables keys define for themselves, constants and functions.</summary>
    public static readonly string[] Reserved = ["x", "t"];

    public static Duration DefaultLength { get; } = Duration.Seconds(1);

    public static IReadOnlyDictionary<string, ParameterSpec> ReadAll(MapReader scene)
    {
        var result = new Dictionary<string, ParameterSpec>(StringComparer.Ordinal);
        var node = scene.Mapping("parameters");
        if (node is null) return result;
        foreach (var (keyNode, value) in node.Children)
        {
            var name = keyNode is YamlScalarNode { Value: { } n } ? n : "";
            if (!Pattern().IsMatch(name))
            {
                scene.Context.Error(keyNode, $"'{name}' is not a valid parameter name", "use letters, digits and '_', starting with a letter (e.g. mu, s2)");
                continue;
            }
            if (Reserved.Contains(name) || ExpressionFunctions.Constants.ContainsKey(name) || ExpressionFunctions.All.ContainsKey(name))
            {
                scene.Context.Error(keyNode, $"'{name}' cannot name a parameter: expressions already use it", "choose another name");
                continue;
            }
            if (ExpressionReader.Read(scene.Context, value, name, [], constant: true) is { } v)
                result[name] = new ParameterSpec(name, scene.Context.At(keyNode), v.Constant);
        }
        return result;
    }

    public static IReadOnlyList<ParameterAnimationSpec> ReadMoves(MapReader slide, IReadOnlyDictionary<string, ParameterSpec> parameters)
    {
        var section = slide.Mapping("animate");
        if (section is null) return [];
        var moves = new List<ParameterAnimationSpec>();
        foreach (var (keyNode, value) in section.Children)
        {
            var name = keyNode is YamlScalarNode { Value: { } n } ? n : "";
            if (!parameters.ContainsKey(name))
            {
                slide.Context.Error(keyNode, $"unknown parameter '{name}'",
                    parameters.Count == 0 ? "declare it under 'parameters:', e.g. parameters: { mu: 0.2 }" : Suggestions.Hint(name, parameters.Keys.ToList()));
                continue;
            }
            var items = value is YamlSequenceNode seq ? seq.Children : [value];
            foreach (var item in items)
                if (ReadMove(slide.Context, name, item) is { } move) moves.Add(move);
        }
        return moves;
    }

    private static ParameterAnimationSpec? ReadMove(YamlContext context, string name, YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            var to = ExpressionReader.Read(context, node, name, [], constant: true);
            return to is null ? null : new ParameterAnimationSpec(context.At(node), name, to.Constant, Duration.Zero, DefaultLength, Easing.Smooth);
        }
        if (node is not YamlMappingNode mapping)
        {
            context.Error(node, $"a move of '{name}' must be a mapping", "e.g. mu: { to: 0.7, at: 1s, over: 3s, easing: smooth }");
            return null;
        }
        var map = new MapReader(context, mapping, $"a move of '{name}'", MoveKeys);
        var target = map.Value("to") is { } toNode ? ExpressionReader.Read(context, toNode, "to", [], constant: true) : null;
        if (!map.Has("to")) context.Diagnostics.Error(map.Position, $"a move of '{name}' needs 'to'", "the value it moves to, e.g. to: 0.7");
        var start = map.Duration("at") ?? Duration.Zero;
        var length = map.Duration("over") ?? DefaultLength;
        var easing = map.Enum("easing", EasingFunctions.ByName) ?? Easing.Smooth;
        return target is null ? null : new ParameterAnimationSpec(map.Position, name, target.Constant, start, length, easing);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex Pattern();
}
