using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Timeline;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>Reads 'enter'/'exit': an effect name, or a mapping with effect, at, duration and easing.</summary>
public static class AnimationReader
{
    public static readonly IReadOnlyDictionary<string, AnimationEffect> Effects = new Dictionary<string, AnimationEffect>
    {
        ["none"] = AnimationEffect.None, ["fade"] = AnimationEffect.Fade, ["slide-up"] = AnimationEffect.SlideUp,
        ["slide-down"] = AnimationEffect.SlideDown, ["slide-left"] = AnimationEffect.SlideLeft,
        ["slide-right"] = AnimationEffect.SlideRight, ["draw"] = AnimationEffect.Draw,
    };

    public static AnimationSpec Read(MapReader element, string key, AnimationSpec fallback)
    {
        var node = element.Value(key);
        switch (node)
        {
            case null:
                return fallback;
            case YamlScalarNode { Value: { } name }:
                if (Effects.TryGetValue(name, out var effect)) return fallback with { Effect = effect };
                element.Context.Error(node, $"unknown {key} effect '{name}'", Suggestions.Hint(name, Effects.Keys.ToList()));
                return fallback;
            case YamlMappingNode map:
                var r = new MapReader(element.Context, map, $"'{key}'", ["effect", "at", "duration", "easing"]);
                return new AnimationSpec(
                    r.Enum("effect", Effects) ?? fallback.Effect,
                    r.Duration("at") ?? fallback.At,
                    r.Duration("duration") ?? fallback.Length,
                    r.Enum("easing", EasingFunctions.ByName) ?? fallback.Easing);
            default:
                element.Context.Error(node, $"'{key}' must be an effect name or a mapping", "e.g. enter: fade or enter: { effect: slide-up, at: 1s }");
                return fallback;
        }
    }
}
