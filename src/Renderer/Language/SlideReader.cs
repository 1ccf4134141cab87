using Renderer.Kinds;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using Renderer.Timeline;
using YamlDotNet.RepresentationModel;

namespace Renderer.Language;

/// <summary>Reads the 'slides' list: each slide's title, duration, caption, elements and simulation playback.</summary>
internal static class SlideReader
{
    private static readonly string[] SlideKeys = ["title", "duration", "caption", "voice", "elements", "play", "animate"];
    private static readonly string[] PlayKeys = ["pace", "from", "to", "start", "end", "one-by-one", "step"];

    private static readonly IReadOnlyDictionary<string, Pace> Paces = new Dictionary<string, Pace>
    {
        ["linear"] = Pace.Linear, ["accelerate"] = Pace.Accelerate,
    };

    public static IReadOnlyList<SlideSpec> ReadAll(MapReader scene, References references)
    {
        var seq = scene.Sequence("slides");
        if (seq is null)
        {
            if (!scene.Has("slides"))
                scene.Context.Diagnostics.Error(scene.Position, "the scene has no 'slides'", "add a 'slides:' list with at least one slide");
            return [];
        }
        if (seq.Children.Count == 0)
            scene.Context.Error(seq, "'slides' is empty", "add at least one slide");

        var slides = new List<SlideSpec>();
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode node)
            {
                scene.Context.Error(item, "each slide must be a mapping", "e.g. - { title: Intro, duration: 4s, elements: [...] }");
                continue;
            }
            slides.Add(Read(scene.Context, node, references));
        }
        return slides;
    }

    private static SlideSpec Read(YamlContext context, YamlMappingNode node, References references)
    {
        var map = new MapReader(context, node, "a slide", SlideKeys);
        var caption = map.String("caption");
        var voice = DeliveryReader.ReadVoice(map, caption, out var padding);
        // duration: voice — the narration sets the slide's length.
        var fromVoice = map.Value("duration") is YamlScalarNode { Value: "voice" } voiceDuration ? voiceDuration : null;
        if (fromVoice is not null && voice is null && !map.Has("voice"))
            context.Error(fromVoice, "'duration: voice' needs a 'voice' on the slide", "add voice: file.wav or voice: { speak: caption }, or give a time such as duration: 4s");
        var duration = fromVoice is not null
            ? voice is null ? Duration.Seconds(1) : Duration.Seconds(voice.Seconds + (padding ?? DeliveryReader.DefaultPadding).ToSeconds(1))
            : map.Duration("duration", allowZero: false);
        if (duration is null && !map.Has("duration"))
            context.Diagnostics.Error(map.Position, "a slide needs a 'duration'", "e.g. duration: 4s (or 120f for frames)");
        var elements = new List<ElementSpec>();
        if (map.Sequence("elements") is { } seq)
            foreach (var item in seq)
                foreach (var element in ElementReader.Read(context, item, references))
                {
                    if (element.Common.Id is { } id && elements.Any(e => e.Common.Id == id))
                        context.Diagnostics.Error(element.Common.At, $"two elements on this slide have the id '{id}'", "give each its own id");
                    elements.Add(element);
                }
        var plays = ReadPlays(map, references);
        var moves = ParameterReader.ReadMoves(map, references.Parameters);
        return new SlideSpec(map.Position, map.String("title"), duration ?? Duration.Seconds(1), caption, elements, plays) { Voice = voice, Animations = moves };
    }

    private static IReadOnlyList<PlaySpec> ReadPlays(MapReader slide, References references)
    {
        var section = slide.Mapping("play");
        if (section is null) return [];
        var plays = new List<PlaySpec>();
        foreach (var (keyNode, value) in section.Children)
        {
            var name = keyNode is YamlScalarNode { Value: { } n } ? n : "";
            if (references.Simulation(keyNode, name) is null) continue;
            if (value is YamlScalarNode { Value: { } pace })
            {
                if (Paces.TryGetValue(pace, out var p)) plays.Add(Default(slide.Context.At(keyNode), name, p));
                else slide.Context.Error(value, $"unknown pace '{pace}'", Suggestions.Hint(pace, Paces.Keys.ToList()));
                continue;
            }
            if (value is not YamlMappingNode node)
            {
                slide.Context.Error(value, $"play settings for '{name}' must be a pace or a mapping", "e.g. play: { ce: accelerate } or play: { ce: { pace: linear, to: 100 } }");
                continue;
            }
            var map = new MapReader(slide.Context, node, $"play settings for '{name}'", PlayKeys);
            var from = map.Int("from", 0) ?? 0;
            var to = map.Int("to", 1);
            if (to is not null && to <= from)
                slide.Context.Error(map.Value("to")!, $"'to' ({to}) must be greater than 'from' ({from})", "play at least one step");
            plays.Add(new PlaySpec(
                slide.Context.At(keyNode), name, map.Enum("pace", Paces) ?? Pace.Linear, from, to,
                map.Duration("start") ?? Duration.Zero, map.Duration("end"),
                map.Int("one-by-one", 0, 1000) ?? 8, map.Duration("step", allowZero: false) ?? Duration.Seconds(0.6)));
        }
        return plays;
    }

    private static PlaySpec Default(SourcePosition at, string simulation, Pace pace) =>
        new(at, simulation, pace, 0, null, Duration.Zero, null, 8, Duration.Seconds(0.6));
}
